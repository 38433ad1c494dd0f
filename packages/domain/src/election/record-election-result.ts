import { defineCommand, domainEvent } from '../aggregate.js';
import type { CadreEvent } from '../cadre/cadre-events.js';
import { cadreAggregate } from '../cadre/cadre-state.js';
import { appointCadre } from '../cadre/posts/appoint-cadre.js';
import { leavePost } from '../cadre/posts/leave-post.js';
import { sameSeat } from '../cadre/posts/post.js';
import { ensureNotBefore } from '../shared/business-date.js';
import { ensureTownshipRegistered } from '../township/township-rules.js';
import { townshipAggregate } from '../township/township-state.js';
import { isOnItsCommittee, positionOnItsCommittee } from '../village/seat.js';
import type { VillageEvent } from '../village/village-events.js';
import { ensureVillageRegistered } from '../village/village-rules.js';
import { villageAggregate } from '../village/village-state.js';
import { electionEvents } from './election-events.js';
import { electionRules } from './election-rules.js';
import { isCandidacy } from './general-election.js';
import { ensureVillageElectionOpen } from './open-election.js';

export const recordElectionResultInput = electionEvents.ElectionResultRecorded.refine(
  isOnItsCommittee,
  positionOnItsCommittee,
);

/**
 * The vote on a reviewed candidate. The elected take the seat by ELECTION (an incumbent re-elected keeps
 * it); an incumbent not re-elected leaves it, TERM_ENDED. The appointment's own rules (an approved review
 * for the seat, one holder per single seat) hold as for any appointment.
 */
export const recordElectionResult = defineCommand({
  name: 'RecordElectionResult',
  occurredOn: 'votedOn',
  input: recordElectionResultInput,
  needs: { township: townshipAggregate, cadre: cadreAggregate, village: villageAggregate },
  streamIds: (input) => ({ township: input.townshipId, cadre: input.cadreId, village: input.villageId }),
  decide(input, states, context) {
    const { township, village, cadre } = states;
    ensureTownshipRegistered(township);
    ensureVillageRegistered(village);
    const election = ensureVillageElectionOpen(township, village, input.electionId);
    const candidate = election.candidates.find((c) => isCandidacy(c, input));
    electionRules.ensure(candidate, 'ELECTION_CANDIDATE_NOT_FOUND', 'cadreId');
    electionRules.ensure(!candidate.result, 'ELECTION_RESULT_ALREADY_RECORDED', 'cadreId');
    const review = cadre.qualificationReviews.find((r) => r.reviewId === candidate.reviewId);
    electionRules.ensure(review?.conclusion, 'ELECTION_CANDIDATE_NOT_REVIEWED', 'cadreId');
    ensureNotBefore(input.votedOn, review.conclusion.concludedOn, 'votedOn');

    const { cadreId, villageId, committee, position, elected, votedOn } = input;
    const seat = { cadreId, villageId, committee, position };
    const holds = cadre.currentPosts.some((p) => sameSeat(p, seat));
    let change: { cadre?: CadreEvent[]; village?: VillageEvent[] } = {};
    if (elected && !holds)
      change = appointCadre.decide({ ...seat, method: 'ELECTION', appointedOn: votedOn }, states, context);
    if (!elected && holds)
      change = leavePost.decide({ ...seat, reason: 'TERM_ENDED', leftOn: votedOn }, states, context);
    return { township: [domainEvent('ElectionResultRecorded', input)], ...change };
  },
});
