import { z } from 'zod';
import type { EventsOf } from '../aggregate.js';
import { calendarDate, requiredText, uuid } from '../shared/schemas.js';
import { appointmentMethod, committee, leavingReason, position } from './seat.js';

export const villageKind = z.enum(['VILLAGE', 'COMMUNITY']);

/** A 苗头性、倾向性问题 flagged by a committee review; the client picks its id. */
export const earlyWarning = z.strictObject({ issueId: uuid, description: requiredText(500) });

const seatChange = { villageId: uuid, cadreId: uuid, committee, position };

/** The events of a `village-<id>` stream, by type: the schema of each one's data. */
export const villageEvents = {
  VillageRegistered: z.strictObject({
    villageId: uuid,
    townshipId: uuid,
    name: requiredText(50),
    kind: villageKind,
    registeredOn: calendarDate,
  }),
  /** 班子运行情况分析研判 / 届中分析. */
  CommitteeReviewRecorded: z.strictObject({
    villageId: uuid,
    period: requiredText(50),
    reviewedOn: calendarDate,
    findings: requiredText(5000),
    earlyWarnings: z.array(earlyWarning),
  }),
  EarlyWarningResolved: z.strictObject({
    villageId: uuid,
    issueId: uuid,
    correctiveAction: requiredText(2000),
    resolvedOn: calendarDate,
  }),
  SeatFilled: z.strictObject({ ...seatChange, method: appointmentMethod, filledOn: calendarDate }),
  SeatVacated: z.strictObject({ ...seatChange, reason: leavingReason, vacatedOn: calendarDate }),
  /** A "两委" term began: recorded for an earlier term, or opened by a 换届's conclusion (`electionId`). */
  CommitteeTermStarted: z.strictObject({
    villageId: uuid,
    startedOn: calendarDate,
    plannedEndOn: calendarDate,
    electionId: uuid.optional(),
  }),
};

export type VillageEvent = EventsOf<typeof villageEvents>;
type Data<Type extends VillageEvent['type']> = Extract<VillageEvent, { type: Type }>['data'];
export type VillageRegistered = Extract<VillageEvent, { type: 'VillageRegistered' }>;
export type CommitteeReviewRecorded = Extract<VillageEvent, { type: 'CommitteeReviewRecorded' }>;
export type EarlyWarningResolved = Extract<VillageEvent, { type: 'EarlyWarningResolved' }>;
export type SeatFilled = Extract<VillageEvent, { type: 'SeatFilled' }>;
export type SeatVacated = Extract<VillageEvent, { type: 'SeatVacated' }>;
export type CommitteeTermStarted = Extract<VillageEvent, { type: 'CommitteeTermStarted' }>;

/** Who holds a seat, how and since when. */
export type SeatHolding = Omit<Data<'SeatFilled'>, 'villageId'>;
