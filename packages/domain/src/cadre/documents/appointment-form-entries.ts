import { z } from 'zod';
import { calendarDate, optionalText, uuid } from '../../shared/schemas.js';

/**
 * What the 干部任免审批表 asks that the file does not hold: written by the office when it prepares the form
 * for an appointment (拟任、拟免、任免理由、呈报单位、填表人; the day is 填表时间). `currentPost` overrides the
 * 现任职务 the ledger would write from the posts (a form imported from elsewhere says it in its own words).
 */
export const appointmentFormPrepared = z.strictObject({
  cadreId: uuid,
  currentPost: optionalText(200),
  proposedPost: optionalText(200),
  postToLeave: optionalText(200),
  appointmentReason: optionalText(1000),
  reportingUnit: optionalText(100),
  filledBy: optionalText(50),
  preparedOn: calendarDate,
});
export type AppointmentFormPreparedData = z.infer<typeof appointmentFormPrepared>;
export type AppointmentFormEntries = Omit<AppointmentFormPreparedData, 'cadreId'>;
