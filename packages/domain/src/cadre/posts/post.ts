import { z } from 'zod';
import { calendarDate, uuid } from '../../shared/schemas.js';
import { appointmentMethod, committee, position } from '../../village/seat.js';

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
