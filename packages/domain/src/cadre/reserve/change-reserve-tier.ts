import { z } from 'zod';
import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore } from '../../shared/business-date.js';
import { uuid } from '../../shared/schemas.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

const { to, changedOn, reason } = cadreEvents.ReserveTierChanged.shape;

/** 动态储备: the pool is reviewed over time and a reserve cadre moves between tiers. */
export const changeReserveTierInput = z.strictObject({ cadreId: uuid, tier: to, changedOn, reason });

export const changeReserveTier = defineCommand({
  name: 'ChangeReserveTier',
  occurredOn: 'changedOn',
  input: changeReserveTierInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    const { reserve } = cadre;
    cadreRules.ensure(reserve, 'NOT_A_RESERVE_CADRE', 'cadreId');
    cadreRules.ensure(input.tier !== reserve.tier, 'TIER_UNCHANGED', 'tier');
    ensureNotBefore(input.changedOn, reserve.enlistedOn, 'changedOn');
    const { cadreId, tier, reason } = input;
    return {
      cadre: [
        domainEvent('ReserveTierChanged', {
          cadreId,
          from: reserve.tier,
          to: tier,
          changedOn: input.changedOn,
          reason,
        }),
      ],
    };
  },
});
