import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotInFuture } from '../../shared/business-date.js';
import { ensureVillageRegistered } from '../../village/village-rules.js';
import { villageAggregate } from '../../village/village-state.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const enlistReserveCadreInput = cadreEvents.ReserveCadreEnlisted;

/** 篩苗子: a registered person joins the reserve pool of a village, in a tier. */
export const enlistReserveCadre = defineCommand({
  name: 'EnlistReserveCadre',
  input: enlistReserveCadreInput,
  needs: { cadre: cadreAggregate, village: villageAggregate },
  streamIds: (input) => ({ cadre: input.cadreId, village: input.villageId }),
  decide(input, { cadre, village }, { now }) {
    ensureCadreRegistered(cadre);
    ensureVillageRegistered(village);
    cadreRules.ensure(!cadre.reserve, 'ALREADY_RESERVE_CADRE', 'cadreId');
    ensureNotInFuture(input.enlistedOn, 'enlistedOn', now);
    return { cadre: [domainEvent('ReserveCadreEnlisted', input)] };
  },
});
