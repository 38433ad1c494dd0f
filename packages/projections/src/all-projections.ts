import { cadresProjection } from './cadres/cadres-projection.js';
import { dueStatesProjection } from './due/due-states-projection.js';
import { remindersProjection } from './due/reminders-projection.js';
import { eventLogProjection } from './event-log/event-log-projection.js';
import type { Projection } from './projection.js';
import { serviceRequestsProjection } from './requests/service-requests-projection.js';
import { temporalProjection } from './temporal/temporal-projection.js';
import { trainingsProjection } from './trainings/trainings-projection.js';
import { villagesProjection } from './villages/villages-projection.js';

/**
 * Every read model the gateway serves (`cadres` keeps the activity tables too: they follow each cadre's
 * folded state). Order matters within one event: `villages` reads the `cadres` row when a cadre's
 * admonishment falls due, so `cadres` comes first.
 */
export const ALL_PROJECTIONS: readonly Projection[] = [
  cadresProjection,
  villagesProjection,
  trainingsProjection,
  serviceRequestsProjection,
  dueStatesProjection,
  remindersProjection,
  eventLogProjection,
  temporalProjection,
];
