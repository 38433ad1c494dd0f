import { defineCommand, domainEvent } from '../aggregate.js';
import { cadreAggregate } from '../cadre/cadre-state.js';
import { openQualificationReview } from '../cadre/review/open-qualification-review.js';
import { ensureNotBefore } from '../shared/business-date.js';
import { ensureTownshipRegistered } from '../township/township-rules.js';
import { townshipAggregate } from '../township/township-state.js';
import { isOnItsCommittee, positionOnItsCommittee } from '../village/seat.js';
import { ensureVillageRegistered } from '../village/village-rules.js';
import { villageAggregate } from '../village/village-state.js';
import { electionEvents } from './election-events.js';
import { electionRules } from './election-rules.js';
import { isCandidacy } from './general-election.js';
import { ensureVillageElectionOpen } from './open-election.js';

export const registerElectionCandidateInput = electionEvents.ElectionCandidateRegistered.refine(
  isOnItsCommittee,
  positionOnItsCommittee,
);

/** 凡进必审: a candidacy for a seat opens the candidate's joint qualification review for that seat. */
export const registerElectionCandidate = defineCommand({
  name: 'RegisterElectionCandidate',
  occurredOn: 'registeredOn',
  input: registerElectionCandidateInput,
  needs: { township: townshipAggregate, cadre: cadreAggregate, village: villageAggregate },
  streamIds: (input) => ({ township: input.townshipId, cadre: input.cadreId, village: input.villageId }),
  decide(input, states, context) {
    const { township, village } = states;
    ensureTownshipRegistered(township);
    ensureVillageRegistered(village);
    const election = ensureVillageElectionOpen(township, village, input.electionId);
    electionRules.ensure(
      !election.candidates.some((c) => isCandidacy(c, input)),
      'ELECTION_CANDIDATE_ALREADY_REGISTERED',
      'cadreId',
    );
    ensureNotBefore(input.registeredOn, election.startedOn, 'registeredOn');
    const { townshipId, cadreId, villageId, committee, position, reviewId, registeredOn } = input;
    const review = { townshipId, cadreId, villageId, committee, position, reviewId, openedOn: registeredOn };
    const { cadre } = openQualificationReview.decide(review, states, context);
    return { township: [domainEvent('ElectionCandidateRegistered', input)], cadre };
  },
});
