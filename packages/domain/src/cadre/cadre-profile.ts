import { z } from 'zod';
import {
  calendarDate,
  educationLevel,
  gender,
  idNumber,
  mainlandPhone,
  optionalText,
  requiredText,
} from '../shared/schemas.js';

export const politicalStatus = z.enum([
  'CPC_MEMBER',
  'CPC_PROBATIONARY',
  'CYL_MEMBER',
  'MASSES',
  'OTHER_PARTY',
]);

/** The personal file (一人一档) as a cadre is registered; later issues widen it to the full appointment form. */
export const cadreProfile = z.strictObject({
  name: requiredText(50),
  gender,
  ethnicity: requiredText(20).default('汉族'),
  birthDate: calendarDate,
  idNumber,
  phone: mainlandPhone.optional(),
  nativePlace: optionalText(100),
  politicalStatus: politicalStatus.default('CPC_MEMBER'),
  educationLevel,
  notes: optionalText(),
});
export type CadreProfile = z.infer<typeof cadreProfile>;
