/**
 * Resident identity numbers (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence
 * whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function hasIdNumberShape(value: string): boolean {
  return /^\d{17}[\dX]$/.test(value);
}

/** The first six digits: where the number was issued (a GB/T 2260 code). */
export const areaCodeOfIdNumber = (value: string): string => value.slice(0, 6);

export function passesIdNumberCheck(value: string): boolean {
  return hasIdNumberShape(value) && idNumberCheckChar(value.slice(0, 17)) === value[17];
}

/** Birth date (yyyy-mm-dd) encoded in the number. */
export function birthDateOfIdNumber(value: string): string {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

export function genderOfIdNumber(value: string): 'MALE' | 'FEMALE' {
  return Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/** Keeps the first 6 and last 4 characters (PIPL masking used across the product). */
export function maskIdNumber(value: string): string {
  return `${value.slice(0, 6)}${'*'.repeat(Math.max(0, value.length - 10))}${value.slice(-4)}`;
}

/** 3-4-4 masking of a mainland mobile number: 138****5678. */
export function maskPhone(value: string): string {
  return value.length === 11 ? `${value.slice(0, 3)}****${value.slice(7)}` : '****';
}
