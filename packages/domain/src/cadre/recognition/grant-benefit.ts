import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureYearNotInFuture } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const grantBenefitInput = cadreEvents.BenefitGranted;

/** 健康体检, 养老保险补贴, 人身意外保险: for cadres in office, each kind once a year. */
export const grantBenefit = defineCommand({
  name: 'GrantBenefit',
  occurredOn: 'grantedOn',
  input: grantBenefitInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    ensureCadreRegistered(cadre);
    cadreRules.ensure(cadre.currentPosts.length > 0, 'NOT_IN_OFFICE', 'cadreId');
    ensureYearNotInFuture(input.year, 'year', now);
    cadreRules.ensure(
      !cadre.benefits.some((b) => b.kind === input.kind && b.year === input.year),
      'BENEFIT_ALREADY_GRANTED',
      'kind',
    );
    return { cadre: [domainEvent('BenefitGranted', input)] };
  },
});
