import { z } from 'zod';
import { defineCommand } from '../aggregate.js';
import { ensureNotInFuture } from '../shared/business-date.js';
import { conflict, notFound, reject } from '../shared/domain-error.js';
import { uuid } from '../shared/schemas.js';
import type { CadreAppointed } from './cadre-events.js';
import { cadreAggregate } from './cadre-state.js';
import { post, sameSeat } from './post.js';

export const appointCadreInput = z.strictObject({ cadreId: uuid, ...post.shape });

export const appointCadre = defineCommand({
  name: 'AppointCadre',
  input: appointCadreInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    if (!cadre.registered) notFound('CADRE_NOT_FOUND', { zh: '找不到该干部', en: 'No such cadre' });
    ensureNotInFuture(input.appointedOn, 'appointedOn', now);
    if (cadre.currentPosts.some((p) => p.villageId !== input.villageId)) {
      reject(
        'POSTS_IN_ONE_VILLAGE',
        { zh: '干部的所有职务须在同一个村（社区）', en: "All of a cadre's posts must be in one village" },
        'villageId',
      );
    }
    if (cadre.currentPosts.some((p) => sameSeat(p, input))) {
      conflict(
        'ALREADY_HOLDS_POST',
        { zh: '该干部已担任此职务', en: 'The cadre already holds this post' },
        'position',
      );
    }
    const appointed: CadreAppointed = { type: 'CadreAppointed', data: input };
    return { cadre: [appointed] };
  },
});
