import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore } from '../../shared/business-date.js';
import { distinctBy } from '../../shared/schemas.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

/** The mentors are other people than the reserve cadre, and each is named once. */
export const assignMentorsInput = cadreEvents.MentorsAssigned.refine(
  (m) => m.secretaryCadreId !== m.cadreId,
  { message: 'MENTOR_IS_MENTEE', path: ['secretaryCadreId'] },
).refine((m) => distinctBy(String)([m.cadreId, m.secretaryCadreId, ...m.memberCadreIds]), {
  message: 'MENTOR_IS_MENTEE',
  path: ['memberCadreIds'],
});

/** 1+1+N 导师帮带: a township leader, the village's party secretary and N committee members. */
export const assignMentors = defineCommand({
  name: 'AssignMentors',
  occurredOn: 'assignedOn',
  input: assignMentorsInput,
  needs: { cadre: cadreAggregate, secretary: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId, secretary: input.secretaryCadreId }),
  references: (input) => ({ [cadreAggregate.category]: input.memberCadreIds }),
  decide(input, { cadre, secretary }, { exists }) {
    ensureCadreRegistered(cadre);
    const { reserve } = cadre;
    cadreRules.ensure(reserve, 'NOT_A_RESERVE_CADRE', 'cadreId');
    ensureCadreRegistered(secretary, 'secretaryCadreId');
    cadreRules.ensure(
      secretary.currentPosts.some(
        (p) => p.villageId === reserve.villageId && p.position === 'PARTY_SECRETARY',
      ),
      'MENTOR_NOT_SECRETARY',
      'secretaryCadreId',
    );
    for (const [index, memberId] of input.memberCadreIds.entries())
      cadreRules.ensure(
        exists(cadreAggregate.category, memberId),
        'CADRE_NOT_FOUND',
        `memberCadreIds.${index}`,
      );
    ensureNotBefore(input.assignedOn, reserve.enlistedOn, 'assignedOn');
    return { cadre: [domainEvent('MentorsAssigned', input)] };
  },
});
