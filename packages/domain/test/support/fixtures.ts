import { idNumberCheckChar } from '../../src/index.js';

/** The clock of every test: 2026-11-25 16:00 in China. */
export const NOW = new Date('2026-11-25T08:00:00Z');
export const TODAY = '2026-11-25';
export const TOMORROW = '2026-11-26';
export const THIS_YEAR = 2026;

/** A readable, valid v4 UUID for a number. */
export const uuidOf = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const TOWNSHIP = uuidOf(0x100);
export const OTHER_TOWNSHIP = uuidOf(0x101);
export const VILLAGE = uuidOf(0x200);
export const OTHER_VILLAGE = uuidOf(0x201);
export const UNKNOWN = uuidOf(0xfff);
/** Cadres are numbered from here: `cadre(1)`, `cadre(2)`, … */
export const cadre = (n: number) => uuidOf(0x300 + n);

/** A resident ID number that passes GB 11643 for a birth date and gender (area 340121, 肥东县). */
export function idNumberFor(birthDate: string, gender: 'MALE' | 'FEMALE', serial = 1): string {
  const sequence = String(serial * 2 + (gender === 'MALE' ? 1 : 0)).padStart(3, '0');
  const first17 = `340121${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + idNumberCheckChar(first17);
}

export interface PersonSketch {
  name?: string;
  gender?: 'MALE' | 'FEMALE';
  birthDate?: string;
  educationLevel?: string;
}

/** The smallest registrable profile, consistent with its ID number. */
export function profileFor(serial: number, sketch: PersonSketch = {}) {
  const gender = sketch.gender ?? (serial % 2 ? 'MALE' : 'FEMALE');
  const birthDate = sketch.birthDate ?? `19${70 + (serial % 20)}-0${1 + (serial % 9)}-15`;
  return {
    name: sketch.name ?? `干部${serial}`,
    gender,
    birthDate,
    idNumber: idNumberFor(birthDate, gender, serial),
    educationLevel: sketch.educationLevel ?? 'JUNIOR_COLLEGE',
  };
}

export const SECRETARY_SEAT = { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' } as const;
export const CHAIR_SEAT = { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' } as const;
export const MEMBER_SEAT = { committee: 'PARTY_COMMITTEE', position: 'MEMBER' } as const;
export const DEFAULT_DEPARTMENTS = ['DISCIPLINE_INSPECTION', 'PUBLIC_SECURITY'] as const;
