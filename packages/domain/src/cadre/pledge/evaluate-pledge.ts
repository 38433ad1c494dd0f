import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore, ensureNotInFuture } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { pledgeOf } from './pledges.js';

export const evaluatePledgeInput = cadreEvents.PledgeEvaluated;

/** 年终评诺: residents and the organization each rate a pledge made, once, on the fixed scale. */
export const evaluatePledge = defineCommand({
  name: 'EvaluatePledge',
  input: evaluatePledgeInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    ensureCadreRegistered(cadre);
    const pledge = pledgeOf(cadre, input.year);
    cadreRules.ensure(pledge, 'PLEDGE_NOT_MADE', 'year');
    cadreRules.ensure(!pledge.evaluation, 'PLEDGE_ALREADY_EVALUATED', 'year');
    ensureNotInFuture(input.evaluatedOn, 'evaluatedOn', now);
    ensureNotBefore(input.evaluatedOn, pledge.madeOn, 'evaluatedOn');
    return { cadre: [domainEvent('PledgeEvaluated', input)] };
  },
});
