import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore, ensureNotInFuture } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { pledgeOf } from './pledges.js';

export const reportPledgeProgressInput = cadreEvents.PledgeProgressReported;

/** 年中践诺: progress on a pledge made and not yet evaluated. */
export const reportPledgeProgress = defineCommand({
  name: 'ReportPledgeProgress',
  input: reportPledgeProgressInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    ensureCadreRegistered(cadre);
    const pledge = pledgeOf(cadre, input.year);
    cadreRules.ensure(pledge, 'PLEDGE_NOT_MADE', 'year');
    cadreRules.ensure(!pledge.evaluation, 'PLEDGE_ALREADY_EVALUATED', 'year');
    ensureNotInFuture(input.reportedOn, 'reportedOn', now);
    ensureNotBefore(input.reportedOn, pledge.madeOn, 'reportedOn');
    return { cadre: [domainEvent('PledgeProgressReported', input)] };
  },
});
