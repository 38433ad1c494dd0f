import { defineCommand, domainEvent } from '../aggregate.js';
import { townshipEvents } from './township-events.js';
import { townshipRules } from './township-rules.js';
import { townshipAggregate } from './township-state.js';

export const registerTownshipInput = townshipEvents.TownshipRegistered.extend({
  settings: townshipEvents.TownshipRegistered.shape.settings.prefault({}),
});

export const registerTownship = defineCommand({
  name: 'RegisterTownship',
  occurredOn: 'registeredOn',
  input: registerTownshipInput,
  needs: { township: townshipAggregate },
  streamIds: (input) => ({ township: input.townshipId }),
  decide(input, { township }) {
    townshipRules.ensure(!township.registered, 'TOWNSHIP_ALREADY_REGISTERED', 'townshipId');
    return { township: [domainEvent('TownshipRegistered', input)] };
  },
});
