import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotInFuture } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const honorCadreInput = cadreEvents.CadreHonored;

export const honorCadre = defineCommand({
  name: 'HonorCadre',
  input: honorCadreInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    ensureCadreRegistered(cadre);
    ensureNotInFuture(input.awardedOn, 'awardedOn', now);
    cadreRules.ensure(
      !cadre.honors.some((h) => h.title === input.title && h.awardedOn === input.awardedOn),
      'HONOR_ALREADY_RECORDED',
      'title',
    );
    return { cadre: [domainEvent('CadreHonored', input)] };
  },
});
