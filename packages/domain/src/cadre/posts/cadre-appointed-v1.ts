import { z } from 'zod';
import { uuid } from '../../shared/schemas.js';
import type { CadreAppointed } from '../cadre-events.js';
import { post } from './post.js';

/** CadreAppointed as first shipped, before appointments had to rest on a qualification review. */
export const cadreAppointedV1 = z.strictObject({ cadreId: uuid, ...post.shape });
export type CadreAppointedV1 = z.infer<typeof cadreAppointedV1>;

/** An appointment recorded before 凡进必审 was enforced names no review: `null`, not a made-up id. */
export const upcastCadreAppointedV1 = (data: CadreAppointedV1): CadreAppointed['data'] => ({
  ...data,
  qualificationReviewId: null,
});
