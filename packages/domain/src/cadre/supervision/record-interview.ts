import type { z } from 'zod';
import { defineCommand, domainEvent } from '../../aggregate.js';
import { uuid } from '../../shared/schemas.js';
import { ensureTownshipRegistered } from '../../township/township-rules.js';
import { townshipAggregate } from '../../township/township-state.js';
import { cadreEvents } from '../cadre-events.js';
import { ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { incompetentShare, totalVotes } from './appraisal.js';

type InterviewFields = z.infer<typeof cadreEvents.CadreInterviewed>;

/** A democratic appraisal carries its ballots, and only an appraisal does. */
function votesForAppraisalOnly({ kind, votes }: InterviewFields): string | undefined {
  if (kind === 'DEMOCRATIC_APPRAISAL' && !votes) return 'REQUIRED';
  if (kind !== 'DEMOCRATIC_APPRAISAL' && votes) return 'VOTES_ONLY_FOR_APPRAISAL';
  if (votes && totalVotes(votes) === 0) return 'NO_VOTES';
  return undefined;
}

/** The township is named for its admonishment threshold. */
export const recordInterviewInput = cadreEvents.CadreInterviewed.extend({ townshipId: uuid }).superRefine(
  (interview, context) => {
    const rule = votesForAppraisalOnly(interview);
    if (rule) context.addIssue({ code: 'custom', message: rule, path: ['votes'] });
  },
);

/**
 * 谈心谈话、实地走访、民主测评、约谈. An appraisal in which the "incompetent" share reaches the township's
 * threshold raises an early warning on the cadre, open until an admonishment talk is recorded.
 */
export const recordInterview = defineCommand({
  name: 'RecordInterview',
  occurredOn: 'heldOn',
  input: recordInterviewInput,
  needs: { cadre: cadreAggregate, township: townshipAggregate },
  streamIds: (input) => ({ cadre: input.cadreId, township: input.townshipId }),
  decide(input, { cadre, township }) {
    ensureCadreRegistered(cadre);
    ensureTownshipRegistered(township);
    const { townshipId: _townshipId, ...interview } = input;
    const interviewed = domainEvent('CadreInterviewed', interview);
    const { votes } = interview;
    const threshold = township.settings.admonishmentThreshold;
    if (!votes || cadre.admonishmentDue || incompetentShare(votes) < threshold)
      return { cadre: [interviewed] };
    const required = domainEvent('AdmonishmentRequired', {
      cadreId: input.cadreId,
      incompetentShare: incompetentShare(votes),
      threshold,
      requiredOn: input.heldOn,
    });
    return { cadre: [interviewed, required] };
  },
});
