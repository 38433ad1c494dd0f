import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureYearNotInFuture } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { pledgeOf } from './pledges.js';

export const makePledgeInput = cadreEvents.PledgeMade;

/** 一诺双评, 年初承诺: the items a cadre publicly pledges for a year, once a year. */
export const makePledge = defineCommand({
  name: 'MakePledge',
  occurredOn: 'madeOn',
  input: makePledgeInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    ensureCadreRegistered(cadre);
    ensureYearNotInFuture(input.year, 'year', now);
    cadreRules.ensure(!pledgeOf(cadre, input.year), 'PLEDGE_ALREADY_MADE', 'year');
    return { cadre: [domainEvent('PledgeMade', input)] };
  },
});
