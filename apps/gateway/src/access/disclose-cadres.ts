import type { GraphQLResolveInfo } from 'graphql';
import { type CadreView, type ProtectedCadre, protectPersonalData } from './masking.js';
import { operationOf } from './personal-data-operation.js';
import type { PersonalDataRead } from './personal-data-reads.js';
import { actorOf, type Principal } from './roles.js';
import { selectedFieldsOn } from './selected-fields.js';

export interface Disclosure {
  principal: Principal | null | undefined;
  /** The resolver's info: names the operation (the root field called) and what the client selected on `Cadre`. */
  info: GraphQLResolveInfo;
  /** Keeps the log, e.g. `(reads) => recordPersonalDataReads(accounts.db, reads)`. */
  record: (reads: PersonalDataRead[]) => void;
}

/**
 * What a resolver answers about cadres: each one masked for the principal, and every unmasked personal
 * field the client selected logged before the answer leaves (PIPL Art. 51).
 */
export function discloseCadres<T extends CadreView & { id: string }>(
  cadres: readonly T[],
  { principal, info, record }: Disclosure,
): ProtectedCadre<T>[] {
  const selected = selectedFieldsOn(info, 'Cadre');
  const operation = operationOf(info);
  const reads: PersonalDataRead[] = [];
  const views = cadres.map((cadre) => {
    const { view, revealed } = protectPersonalData(principal, cadre, selected);
    if (principal && revealed.length > 0) {
      reads.push({
        actor: actorOf(principal),
        role: principal.role,
        cadreId: cadre.id,
        fields: revealed,
        operation,
      });
    }
    return view;
  });
  if (reads.length > 0) record(reads);
  return views;
}
