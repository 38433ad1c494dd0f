import { z } from 'zod';
import type { EventsOf } from '../aggregate.js';
import { electionEvents } from '../election/election-events.js';
import { calendarDate, requiredText, uuid } from '../shared/schemas.js';
import {
  admonishmentThreshold,
  calendarSettings,
  reviewingDepartmentList,
  townshipSettings,
} from './township-settings.js';

/** The events of a `township-<id>` stream, by type: the schema of each one's data. */
export const townshipEvents = {
  TownshipRegistered: z.strictObject({
    townshipId: uuid,
    name: requiredText(50),
    district: requiredText(50),
    registeredOn: calendarDate,
    /** The settings in force from registration, recorded so that later default changes rewrite no history. */
    settings: townshipSettings,
  }),
  TownshipSettingsChanged: z.strictObject({
    townshipId: uuid,
    reviewingDepartments: reviewingDepartmentList,
    admonishmentThreshold,
    ...calendarSettings,
    changedOn: calendarDate,
  }),
  ...electionEvents,
};

export type TownshipEvent = EventsOf<typeof townshipEvents>;
export type TownshipRegistered = Extract<TownshipEvent, { type: 'TownshipRegistered' }>;
export type TownshipSettingsChanged = Extract<TownshipEvent, { type: 'TownshipSettingsChanged' }>;
