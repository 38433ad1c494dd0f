import { defineCommand, domainEvent } from '../aggregate.js';
import { townshipEvents } from './township-events.js';
import { ensureTownshipRegistered } from './township-rules.js';
import { admonishmentThreshold, DEFAULT_ADMONISHMENT_THRESHOLD } from './township-settings.js';
import { townshipAggregate } from './township-state.js';

/** Replaces the settings; an omitted threshold falls back to the common 30%. */
export const changeTownshipSettingsInput = townshipEvents.TownshipSettingsChanged.extend({
  admonishmentThreshold: admonishmentThreshold.default(DEFAULT_ADMONISHMENT_THRESHOLD),
});

export const changeTownshipSettings = defineCommand({
  name: 'ChangeTownshipSettings',
  occurredOn: 'changedOn',
  input: changeTownshipSettingsInput,
  needs: { township: townshipAggregate },
  streamIds: (input) => ({ township: input.townshipId }),
  decide(input, { township }) {
    ensureTownshipRegistered(township);
    return { township: [domainEvent('TownshipSettingsChanged', input)] };
  },
});
