import { z } from 'zod';
import { calendarDate, uuid } from '../shared/schemas.js';

export const committee = z.enum(['PARTY_COMMITTEE', 'RESIDENTS_COMMITTEE']);
export const position = z.enum(['PARTY_SECRETARY', 'DEPUTY_SECRETARY', 'CHAIR', 'VICE_CHAIR', 'MEMBER']);
export const appointmentMethod = z.enum(['ELECTION', 'BY_ELECTION', 'APPOINTMENT']);

/** A seat on a village committee, how it was filled and from when. */
export const post = z.strictObject({
  villageId: uuid,
  committee,
  position,
  method: appointmentMethod,
  appointedOn: calendarDate,
});
export type Post = z.infer<typeof post>;

export const sameSeat = (a: Pick<Post, 'villageId' | 'committee' | 'position'>, b: typeof a) =>
  a.villageId === b.villageId && a.committee === b.committee && a.position === b.position;
