import { defineCommand, domainEvent } from '../../aggregate.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const honorCadreInput = cadreEvents.CadreHonored;

export const honorCadre = defineCommand({
  name: 'HonorCadre',
  occurredOn: 'awardedOn',
  input: honorCadreInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    cadreRules.ensure(
      !cadre.honors.some((h) => h.title === input.title && h.awardedOn === input.awardedOn),
      'HONOR_ALREADY_RECORDED',
      'title',
    );
    return { cadre: [domainEvent('CadreHonored', input)] };
  },
});
