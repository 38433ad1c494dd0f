import type { PersonalSubject } from './personal-data-in-ledger.js';
import type { PersonalDataLog } from './personal-data-log.js';
import { actorOf, type Principal } from './roles.js';

/** Who is answered, and where the answer's reads go: the part of a GraphQL context the log needs. */
export interface PersonalDataReader {
  principal: Principal | null | undefined;
  system: { personalDataLog: PersonalDataLog };
  /** Set when the answer may be served again from the cache: a later hit logs these disclosures again. */
  answer?: { disclosureIds: number[] } | undefined;
}

/**
 * Logs what one answer shows in clear of cadres' personal data, as a disclosure with its read (PIPL
 * Art. 51), and resolves once that is on disk: the answer must not leave before.
 */
export async function logDisclosed(
  { principal, system, answer }: PersonalDataReader,
  operation: string,
  subjects: readonly PersonalSubject[],
): Promise<void> {
  if (!principal || subjects.length === 0) return;
  const ids = await system.personalDataLog.record(
    subjects.map(({ cadreId, fields }) => ({
      actor: actorOf(principal),
      role: principal.role,
      cadreId,
      fields,
      operation,
    })),
  );
  answer?.disclosureIds.push(...ids);
}
