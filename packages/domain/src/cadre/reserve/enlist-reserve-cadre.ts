import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureVillageRegistered } from '../../village/village-rules.js';
import { villageAggregate } from '../../village/village-state.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const enlistReserveCadreInput = cadreEvents.ReserveCadreEnlisted;

/** 篩苗子: a registered person joins the reserve pool of a village, in a tier. */
export const enlistReserveCadre = defineCommand({
  name: 'EnlistReserveCadre',
  occurredOn: 'enlistedOn',
  input: enlistReserveCadreInput,
  needs: { cadre: cadreAggregate, village: villageAggregate },
  streamIds: (input) => ({ cadre: input.cadreId, village: input.villageId }),
  decide(input, { cadre, village }) {
    ensureCadreRegistered(cadre);
    ensureVillageRegistered(village);
    cadreRules.ensure(!cadre.reserve, 'ALREADY_RESERVE_CADRE', 'cadreId');
    return { cadre: [domainEvent('ReserveCadreEnlisted', input)] };
  },
});
