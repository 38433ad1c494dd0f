import { defineCommand, domainEvent } from '../aggregate.js';
import { townshipEvents } from './township-events.js';
import { ensureTownshipRegistered } from './township-rules.js';
import {
  admonishmentThreshold,
  calendarSettings,
  DEFAULT_ADMONISHMENT_THRESHOLD,
} from './township-settings.js';
import { townshipAggregate } from './township-state.js';

/**
 * Replaces the departments and the threshold (an omitted threshold falls back to the common 30%); a calendar
 * setting left out keeps its current value.
 */
export const changeTownshipSettingsInput = townshipEvents.TownshipSettingsChanged.extend({
  admonishmentThreshold: admonishmentThreshold.default(DEFAULT_ADMONISHMENT_THRESHOLD),
  reviewOpenTooLongDays: calendarSettings.reviewOpenTooLongDays.optional(),
  serviceRequestUnresolvedDays: calendarSettings.serviceRequestUnresolvedDays.optional(),
  reserveCadreAgeThreshold: calendarSettings.reserveCadreAgeThreshold.optional(),
  committeeMemberAgeThreshold: calendarSettings.committeeMemberAgeThreshold.optional(),
  termReminderMonths: calendarSettings.termReminderMonths.optional(),
});

export const changeTownshipSettings = defineCommand({
  name: 'ChangeTownshipSettings',
  occurredOn: 'changedOn',
  input: changeTownshipSettingsInput,
  needs: { township: townshipAggregate },
  streamIds: (input) => ({ township: input.townshipId }),
  decide(input, { township }) {
    ensureTownshipRegistered(township);
    const current = township.settings;
    const data = {
      ...input,
      reviewOpenTooLongDays: input.reviewOpenTooLongDays ?? current.reviewOpenTooLongDays,
      serviceRequestUnresolvedDays:
        input.serviceRequestUnresolvedDays ?? current.serviceRequestUnresolvedDays,
      reserveCadreAgeThreshold: input.reserveCadreAgeThreshold ?? current.reserveCadreAgeThreshold,
      committeeMemberAgeThreshold: input.committeeMemberAgeThreshold ?? current.committeeMemberAgeThreshold,
      termReminderMonths: input.termReminderMonths ?? current.termReminderMonths,
    };
    return { township: [domainEvent('TownshipSettingsChanged', data)] };
  },
});
