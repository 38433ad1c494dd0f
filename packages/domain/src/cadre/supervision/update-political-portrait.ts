import { defineCommand, domainEvent } from '../../aggregate.js';
import { distinctBy } from '../../shared/schemas.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const updatePoliticalPortraitInput = cadreEvents.PoliticalPortraitUpdated.extend({
  basedOn: cadreEvents.PoliticalPortraitUpdated.shape.basedOn.refine(distinctBy(String), 'DUPLICATE_ENTRY'),
});

/** 政治画像: drawn for sitting party secretaries from the talks, visits and appraisals on their file. */
export const updatePoliticalPortrait = defineCommand({
  name: 'UpdatePoliticalPortrait',
  occurredOn: 'updatedOn',
  input: updatePoliticalPortraitInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    cadreRules.ensure(
      cadre.currentPosts.some((p) => p.position === 'PARTY_SECRETARY'),
      'NOT_PARTY_SECRETARY',
      'cadreId',
    );
    for (const [index, kind] of input.basedOn.entries()) {
      cadreRules.ensure(
        cadre.interviews.some((i) => i.kind === kind && i.heldOn <= input.updatedOn),
        'PORTRAIT_BASIS_NOT_RECORDED',
        `basedOn.${index}`,
      );
    }
    return { cadre: [domainEvent('PoliticalPortraitUpdated', input)] };
  },
});
