import { defineCommand, domainEvent } from '../../aggregate.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreAggregate } from '../cadre-state.js';
import { openPledge } from './pledges.js';

export const evaluatePledgeInput = cadreEvents.PledgeEvaluated;

/** 年终评诺: residents and the organization each rate a pledge made, once, on the fixed scale. */
export const evaluatePledge = defineCommand({
  name: 'EvaluatePledge',
  occurredOn: 'evaluatedOn',
  input: evaluatePledgeInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    openPledge(cadre, input.year, input.evaluatedOn, 'evaluatedOn', now);
    return { cadre: [domainEvent('PledgeEvaluated', input)] };
  },
});
