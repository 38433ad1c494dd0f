import type { Upcaster } from '../upcasting.js';
import { DEFAULT_CALENDAR_SETTINGS } from './township-settings.js';

/** Version 2 of TownshipRegistered predates the calendar settings: version 3 holds the defaults. */
export const upcastTownshipRegisteredV2: Upcaster = (data) => ({
  ...data,
  settings: { ...DEFAULT_CALENDAR_SETTINGS, ...data.settings },
});

/** Version 2 of TownshipSettingsChanged predates the calendar settings: version 3 holds the defaults. */
export const upcastTownshipSettingsChangedV2: Upcaster = (data) => ({
  ...DEFAULT_CALENDAR_SETTINGS,
  ...data,
});
