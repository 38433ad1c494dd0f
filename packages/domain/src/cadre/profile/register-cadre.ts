import { defineCommand, domainEvent } from '../../aggregate.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { ensureConsistentProfile } from './profile-consistency.js';

export const registerCadreInput = cadreEvents.CadreRegistered;

const everyField = { prefix: 'profile', named: () => true } as const;

export const registerCadre = defineCommand({
  name: 'RegisterCadre',
  occurredOn: 'registeredOn',
  input: registerCadreInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    cadreRules.ensure(!cadre.registered, 'CADRE_ALREADY_REGISTERED', 'cadreId');
    ensureConsistentProfile(input.profile, everyField, now);
    return { cadre: [domainEvent('CadreRegistered', input)] };
  },
});
