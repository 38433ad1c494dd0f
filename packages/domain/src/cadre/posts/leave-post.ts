import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore } from '../../shared/business-date.js';
import { isOnItsCommittee, positionOnItsCommittee } from '../../village/seat.js';
import { ensureVillageRegistered } from '../../village/village-rules.js';
import { villageAggregate } from '../../village/village-state.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { sameSeat } from './post.js';

export const leavePostInput = cadreEvents.CadreLeftPost.refine(isOnItsCommittee, positionOnItsCommittee);

/** 凡动必报: a departure frees the seat on the village as it ends the post on the cadre's file. */
export const leavePost = defineCommand({
  name: 'LeavePost',
  occurredOn: 'leftOn',
  input: leavePostInput,
  needs: { cadre: cadreAggregate, village: villageAggregate },
  streamIds: (input) => ({ cadre: input.cadreId, village: input.villageId }),
  decide(input, { cadre, village }) {
    ensureCadreRegistered(cadre);
    ensureVillageRegistered(village);
    const held = cadre.currentPosts.find((p) => sameSeat(p, input));
    cadreRules.ensure(held, 'NOT_HOLDING_POST', 'position');
    ensureNotBefore(input.leftOn, held.appointedOn, 'leftOn');
    const { cadreId, villageId, committee, position, reason, leftOn } = input;
    return {
      cadre: [domainEvent('CadreLeftPost', input)],
      village: [
        domainEvent('SeatVacated', { villageId, cadreId, committee, position, reason, vacatedOn: leftOn }),
      ],
    };
  },
});
