import { z } from 'zod';
import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureNotBefore } from '../shared/business-date.js';
import { calendarDate, uuid } from '../shared/schemas.js';
import { ensureTownshipRegistered } from '../township/township-rules.js';
import { townshipAggregate } from '../township/township-state.js';
import { overlapsAny, plannedEndOf } from '../village/committee-term.js';
import { isSameSeatRef } from '../village/seat.js';
import { termRules } from '../village/term-rules.js';
import { ensureVillageRegistered } from '../village/village-rules.js';
import { villageAggregate } from '../village/village-state.js';
import { electionRules } from './election-rules.js';
import { ensureVillageElectionOpen } from './open-election.js';

export const concludeVillageElectionInput = z.strictObject({
  townshipId: uuid,
  electionId: uuid,
  villageId: uuid,
  closedOn: calendarDate,
  plannedEndOn: calendarDate.optional(),
});

/**
 * A village's 换届 is over once every candidate was reviewed and voted on and every sitting member was
 * elected or has left: its new term begins (five years by default), ending the old one. The last village
 * to conclude concludes the township's 换届.
 */
export const concludeVillageElection = defineCommand({
  name: 'ConcludeVillageElection',
  occurredOn: 'closedOn',
  input: concludeVillageElectionInput,
  needs: { township: townshipAggregate, village: villageAggregate },
  streamIds: (input) => ({ township: input.townshipId, village: input.villageId }),
  decide(input, { township, village }) {
    ensureTownshipRegistered(township);
    ensureVillageRegistered(village);
    const election = ensureVillageElectionOpen(township, village, input.electionId);
    const candidates = election.candidates.filter((c) => c.villageId === input.villageId);
    electionRules.ensure(candidates.length > 0, 'ELECTION_WITHOUT_CANDIDATES', 'villageId');
    electionRules.ensure(
      candidates.every((c) => c.result),
      'ELECTION_CANDIDATES_PENDING',
      'villageId',
    );
    const electedTo = (seat: (typeof village.seats)[number]) =>
      candidates.some((c) => c.cadreId === seat.cadreId && isSameSeatRef(c, seat) && c.result?.elected);
    electionRules.ensure(village.seats.every(electedTo), 'ELECTION_INCUMBENT_UNDECIDED', 'villageId');
    for (const c of candidates) ensureNotBefore(input.closedOn, c.result?.votedOn, 'closedOn');

    const { townshipId, electionId, villageId, closedOn } = input;
    const plannedEndOn = input.plannedEndOn ?? plannedEndOf(closedOn);
    termRules.ensure(plannedEndOn > closedOn, 'TERM_END_BEFORE_START', 'plannedEndOn');
    const current = village.terms.at(-1);
    const earlier = village.terms.slice(0, -1);
    termRules.ensure(
      (!current || current.startedOn < closedOn) && !overlapsAny(earlier, closedOn, plannedEndOn),
      'TERM_OVERLAPS',
      'closedOn',
    );
    const othersDone = election.villageIds.every(
      (id) => id === villageId || election.concludedVillages.some((v) => v.villageId === id),
    );
    return {
      village: [
        domainEvent('CommitteeTermStarted', { villageId, startedOn: closedOn, plannedEndOn, electionId }),
      ],
      township: [
        domainEvent('VillageElectionConcluded', { townshipId, electionId, villageId, closedOn }),
        ...(othersDone
          ? [domainEvent('GeneralElectionConcluded', { townshipId, electionId, closedOn })]
          : []),
      ],
    };
  },
});
