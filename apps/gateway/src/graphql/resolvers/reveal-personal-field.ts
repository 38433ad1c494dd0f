import { findCadre } from '@cadre/projections';
import { clearanceFor } from '../../access/masking.js';
import { authorize } from '../../access/policy.js';
import { actorOf } from '../../access/roles.js';
import type { GatewayContext } from '../context.js';
import { localizedError } from '../errors.js';

/** The revealable fields, as the SDL's enum names them and as the read log records them. */
const FIELDS = { ID_NUMBER: 'idNumber', PHONE: 'phone' } as const;
export type RevealableField = keyof typeof FIELDS;

const NOT_CLEARED = {
  zh: '当前角色无权查看该干部的完整信息',
  en: "Your role may not see this cadre's personal data in clear",
};

/**
 * 查看完整信息: one cadre's ID number or phone in clear, for a caller cleared to see it (the masking rules'
 * clearance), logged as a personal-data read before the answer leaves (PIPL Art. 51).
 */
export async function revealPersonalField(
  _: unknown,
  args: { cadreId: string; field: RevealableField },
  context: GatewayContext,
): Promise<string | null> {
  const { system, principal, locale } = context;
  const cadre = findCadre(system.readModels, args.cadreId);
  authorize(principal, 'revealPersonalField', cadre?.villageId ?? null, locale);
  if (!cadre || !principal) return null;
  if (!clearanceFor(principal, cadre.villageId).identifiers) {
    throw localizedError('FORBIDDEN', NOT_CLEARED, locale, { operation: 'revealPersonalField' });
  }
  const field = FIELDS[args.field];
  const value = cadre.profile[field] || null;
  if (value) {
    await system.personalDataLog.record([
      {
        actor: actorOf(principal),
        role: principal.role,
        cadreId: cadre.cadreId,
        fields: [field],
        operation: 'revealPersonalField',
      },
    ]);
  }
  return value;
}
