import type { z } from 'zod';
import { type CadreEvent, cadreEvents } from './cadre/cadre-events.js';
import {
  type IdNumberReservationEvent,
  idNumberReservationEvents,
} from './identity/id-number-reservation.js';
import { type ReminderEvent, reminderEvents } from './reminder/reminder-events.js';
import { type RequestEvent, requestEvents } from './request/request-events.js';
import { type TownshipEvent, townshipEvents } from './township/township-events.js';
import { type TrainingEvent, trainingEvents } from './training/training-events.js';
import { type VillageEvent, villageEvents } from './village/village-events.js';

/** Every event the ledger records: the schema of its data in the current version, by type. */
export const EVENT_SCHEMAS = {
  ...townshipEvents,
  ...villageEvents,
  ...cadreEvents,
  ...idNumberReservationEvents,
  ...trainingEvents,
  ...requestEvents,
  ...reminderEvents,
} satisfies Record<string, z.ZodType>;

export type EventType = keyof typeof EVENT_SCHEMAS;
export type LedgerEvent =
  | TownshipEvent
  | VillageEvent
  | CadreEvent
  | IdNumberReservationEvent
  | TrainingEvent
  | RequestEvent
  | ReminderEvent;

export const isEventType = (type: string): type is EventType => Object.hasOwn(EVENT_SCHEMAS, type);
