import { z } from 'zod';
import { defineCommand, domainEvent } from '../aggregate.js';
import { calendarDate, uuid } from '../shared/schemas.js';
import { overlapsAny, plannedEndOf } from './committee-term.js';
import { termRules } from './term-rules.js';
import { ensureVillageRegistered } from './village-rules.js';
import { villageAggregate } from './village-state.js';

/** A term the ledger did not see begin (a village registered before 换届 were kept); five years by default. */
export const recordCommitteeTermInput = z.strictObject({
  villageId: uuid,
  startedOn: calendarDate,
  plannedEndOn: calendarDate.optional(),
});

export const recordCommitteeTerm = defineCommand({
  name: 'RecordCommitteeTerm',
  occurredOn: 'startedOn',
  input: recordCommitteeTermInput,
  needs: { village: villageAggregate },
  streamIds: (input) => ({ village: input.villageId }),
  decide(input, { village }) {
    ensureVillageRegistered(village);
    const plannedEndOn = input.plannedEndOn ?? plannedEndOf(input.startedOn);
    termRules.ensure(plannedEndOn > input.startedOn, 'TERM_END_BEFORE_START', 'plannedEndOn');
    termRules.ensure(
      !overlapsAny(village.terms, input.startedOn, plannedEndOn),
      'TERM_OVERLAPS',
      'startedOn',
    );
    const { villageId, startedOn } = input;
    return { village: [domainEvent('CommitteeTermStarted', { villageId, startedOn, plannedEndOn })] };
  },
});
