import { z } from 'zod';
import type { EventsOf } from '../aggregate.js';
import { calendarDate, requiredText, uuid } from '../shared/schemas.js';
import { trainingKind } from './training-kind.js';

/** The events of a `training-<id>` stream, by type: the schema of each one's data. */
export const trainingEvents = {
  TrainingScheduled: z.strictObject({
    trainingId: uuid,
    townshipId: uuid,
    topic: requiredText(100),
    kind: trainingKind,
    /** Planned, so it may lie ahead. */
    date: calendarDate,
    place: requiredText(100),
    /** When the session was decided on: the command's business date (the session itself may lie ahead). */
    scheduledOn: calendarDate,
  }),
  TrainingHeld: z.strictObject({ trainingId: uuid, heldOn: calendarDate, attendees: z.array(uuid).min(1) }),
};

export type TrainingEvent = EventsOf<typeof trainingEvents>;
export type TrainingScheduled = Extract<TrainingEvent, { type: 'TrainingScheduled' }>;
export type TrainingHeld = Extract<TrainingEvent, { type: 'TrainingHeld' }>;
