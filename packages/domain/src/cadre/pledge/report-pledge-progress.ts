import { defineCommand, domainEvent } from '../../aggregate.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreAggregate } from '../cadre-state.js';
import { openPledge } from './pledges.js';

export const reportPledgeProgressInput = cadreEvents.PledgeProgressReported;

/** 年中践诺: progress on a pledge made and not yet evaluated. */
export const reportPledgeProgress = defineCommand({
  name: 'ReportPledgeProgress',
  occurredOn: 'reportedOn',
  input: reportPledgeProgressInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    openPledge(cadre, input.year, input.reportedOn, 'reportedOn', now);
    return { cadre: [domainEvent('PledgeProgressReported', input)] };
  },
});
