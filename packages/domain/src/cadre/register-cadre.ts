import { z } from 'zod';
import { defineCommand } from '../aggregate.js';
import { ensureNotInFuture } from '../shared/business-date.js';
import { conflict, reject } from '../shared/domain-error.js';
import { birthDateOfIdNumber, genderOfIdNumber } from '../shared/id-number.js';
import { uuid } from '../shared/schemas.js';
import type { CadreRegistered } from './cadre-events.js';
import { cadreProfile } from './cadre-profile.js';
import { cadreAggregate } from './cadre-state.js';

export const registerCadreInput = z.strictObject({ cadreId: uuid, profile: cadreProfile });

export const registerCadre = defineCommand({
  name: 'RegisterCadre',
  input: registerCadreInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    const { profile } = input;
    if (cadre.registered) {
      conflict(
        'CADRE_ALREADY_REGISTERED',
        { zh: '该干部已登记', en: 'This cadre is already registered' },
        'cadreId',
      );
    }
    ensureNotInFuture(profile.birthDate, 'profile.birthDate', now);
    if (birthDateOfIdNumber(profile.idNumber) !== profile.birthDate) {
      reject(
        'ID_NUMBER_BIRTH_DATE_MISMATCH',
        { zh: '出生日期与身份证号不一致', en: 'The birth date does not match the ID number' },
        'profile.birthDate',
      );
    }
    if (genderOfIdNumber(profile.idNumber) !== profile.gender) {
      reject(
        'ID_NUMBER_GENDER_MISMATCH',
        { zh: '性别与身份证号不一致', en: 'The gender does not match the ID number' },
        'profile.gender',
      );
    }
    const registered: CadreRegistered = {
      type: 'CadreRegistered',
      data: { cadreId: input.cadreId, profile },
    };
    return { cadre: [registered] };
  },
});
