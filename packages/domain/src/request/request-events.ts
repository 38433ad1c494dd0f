import { z } from 'zod';
import type { EventsOf } from '../aggregate.js';
import { calendarDate, optionalText, requiredText, uuid } from '../shared/schemas.js';

const requestId = uuid;

/** The events of a `request-<id>` stream (三单: 群众点单、组织派单、党员接单), by type. */
export const requestEvents = {
  ServiceRequestRaised: z.strictObject({
    requestId,
    villageId: uuid,
    description: requiredText(2000),
    /** The resident who raised it. */
    raisedBy: requiredText(50),
    raisedOn: calendarDate,
  }),
  ServiceRequestDispatched: z.strictObject({ requestId, cadreId: uuid, dispatchedOn: calendarDate }),
  ServiceRequestAccepted: z.strictObject({ requestId, cadreId: uuid, acceptedOn: calendarDate }),
  ServiceRequestResolved: z.strictObject({
    requestId,
    resolution: requiredText(2000),
    resolvedOn: calendarDate,
  }),
  ServiceRequestRated: z.strictObject({
    requestId,
    rating: z.int().min(1).max(5),
    comment: optionalText(500),
    ratedOn: calendarDate,
  }),
};

export type RequestEvent = EventsOf<typeof requestEvents>;
export type ServiceRequestRaised = Extract<RequestEvent, { type: 'ServiceRequestRaised' }>;
export type ServiceRequestDispatched = Extract<RequestEvent, { type: 'ServiceRequestDispatched' }>;
export type ServiceRequestAccepted = Extract<RequestEvent, { type: 'ServiceRequestAccepted' }>;
export type ServiceRequestResolved = Extract<RequestEvent, { type: 'ServiceRequestResolved' }>;
export type ServiceRequestRated = Extract<RequestEvent, { type: 'ServiceRequestRated' }>;
