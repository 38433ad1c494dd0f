import { idNumberCheckChar } from '@cadre/domain';

/** A valid resident ID number for demo people: area code, birth date, a sequence whose parity is the gender. */
export function demoIdNumber(
  areaCode: string,
  birthDate: string,
  serial: number,
  gender: 'MALE' | 'FEMALE',
): string {
  const sequence = serial * 2 + (gender === 'MALE' ? 1 : 0);
  const first17 = `${areaCode}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** A valid mainland mobile number, distinct per serial. */
export function demoPhone(serial: number): string {
  return `139${String(55_000_000 + serial).padStart(8, '0')}`;
}
