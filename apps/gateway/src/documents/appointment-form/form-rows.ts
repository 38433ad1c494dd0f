import type { AppointmentForm } from './form-model.js';
import { resumeText } from './write-lrmx.js';

/** 1980.01（45岁）, as the form's 出生年月 box reads. */
export const birthWithAge = (form: AppointmentForm) =>
  `${form.birthDate.slice(0, 4)}.${form.birthDate.slice(5, 7)}（${form.age}岁）`;

/** yyyy.mm of a day, or empty. */
export const monthText = (day: string) => (day ? `${day.slice(0, 4)}.${day.slice(5, 7)}` : '');

/** 2026年12月01日 */
export const chineseDate = (day: string) =>
  day ? `${day.slice(0, 4)}年${day.slice(5, 7)}月${day.slice(8, 10)}日` : '';

/** The family member's age on the form's day, from their birth date. */
export function ageOnForm(birthDate: string, asOf: string): string {
  if (!birthDate) return '';
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  return String(ay - y - (am < m || (am === m && ad < d) ? 1 : 0));
}

export const educationText = (e: AppointmentForm['fullTimeEducation']) =>
  [e.level, e.degree].filter(Boolean).join('\n');
export const schoolText = (e: AppointmentForm['fullTimeEducation']) =>
  [e.school, e.major].filter(Boolean).join(' ');

export { resumeText };
