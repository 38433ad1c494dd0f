import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureTownshipRegistered } from '../township/township-rules.js';
import { townshipAggregate } from '../township/township-state.js';
import { villageEvents } from './village-events.js';
import { villageRules } from './village-rules.js';
import { villageAggregate } from './village-state.js';

export const registerVillageInput = villageEvents.VillageRegistered;

export const registerVillage = defineCommand({
  name: 'RegisterVillage',
  occurredOn: 'registeredOn',
  input: registerVillageInput,
  needs: { village: villageAggregate, township: townshipAggregate },
  streamIds: (input) => ({ village: input.villageId, township: input.townshipId }),
  decide(input, { village, township }) {
    villageRules.ensure(!village.registered, 'VILLAGE_ALREADY_REGISTERED', 'villageId');
    ensureTownshipRegistered(township);
    return { village: [domainEvent('VillageRegistered', input)] };
  },
});
