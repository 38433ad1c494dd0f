import type { AppraisalVotes } from '../cadre-events.js';

export const totalVotes = (votes: AppraisalVotes): number =>
  votes.excellent + votes.competent + votes.basicallyCompetent + votes.incompetent;

/** The share of "incompetent" ballots in a democratic appraisal. */
export const incompetentShare = (votes: AppraisalVotes): number => votes.incompetent / totalVotes(votes);
