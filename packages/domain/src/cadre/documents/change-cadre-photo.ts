import { z } from 'zod';
import { defineCommand, domainEvent } from '../../aggregate.js';
import { calendarDate, uuid } from '../../shared/schemas.js';
import { ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { documentRules } from './document-rules.js';
import { photoPathOf, photoSha256 } from './photo-reference.js';

/** The photo's bytes are stored beside the ledger first; the command names them by their hash. */
export const changeCadrePhotoInput = z.strictObject({
  cadreId: uuid,
  photoSha256,
  changedOn: calendarDate,
});

/**
 * 更换照片: a profile correction of `photoUrl` to the stored photo's address, so the photo is sealed,
 * erased, time-travelled and shown exactly as the rest of the file.
 */
export const changeCadrePhoto = defineCommand({
  name: 'ChangeCadrePhoto',
  occurredOn: 'changedOn',
  input: changeCadrePhotoInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    const photoUrl = photoPathOf(input.photoSha256);
    documentRules.ensure(cadre.profile.photoUrl !== photoUrl, 'PHOTO_UNCHANGED', 'photoSha256');
    return {
      cadre: [
        domainEvent('CadreProfileCorrected', {
          cadreId: input.cadreId,
          changes: { photoUrl },
          reason: '更换照片',
          correctedOn: input.changedOn,
        }),
      ],
    };
  },
});
