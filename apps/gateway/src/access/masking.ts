import { maskIdNumber, maskPhone } from '@cadre/domain';
import type { Principal } from './roles.js';

/** maskIdNumber keeps 10 characters, which would be all of a malformed short value. */
export const maskAnyIdNumber = (value: string) =>
  value.length >= 15 ? maskIdNumber(value) : '*'.repeat(value.length);

/** Personal information (PIPL): in clear only for those who need it, masked for everyone else. */
const MASKS = { idNumber: maskAnyIdNumber, phone: maskPhone } as const;
type MaskedField = keyof typeof MASKS;

/** Health, insurance and family details (sensitive under PIPL Art. 28) and the office's notes: absent unless ADMIN or AUDITOR. */
export const SENSITIVE_FIELDS = ['health', 'familyMembers', 'benefits', 'notes'] as const;
type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

/** The photo identifies a person as an ID number does, and cannot be masked: absent where the ID number is masked. */
export const IDENTIFYING_FIELDS = ['photoUrl'] as const;
type IdentifyingField = (typeof IDENTIFYING_FIELDS)[number];

export type PersonalField = MaskedField | SensitiveField | IdentifyingField;

/** A cadre as a resolver is about to answer it: any shape with these optional personal fields. */
export interface CadreView {
  villageId?: string | null;
  idNumber?: string;
  phone?: string | null;
}

export type ProtectedCadre<T> = Omit<T, SensitiveField> & Partial<Pick<T, Extract<keyof T, SensitiveField>>>;

export interface Clearance {
  /** ID number and phone in clear (else masked). */
  identifiers: boolean;
  /** Health, insurance and family details present (else removed). */
  sensitive: boolean;
}

/** What the principal may see of a cadre of the given village. */
export function clearanceFor(
  principal: Principal | null | undefined,
  cadreVillageId: string | null | undefined,
): Clearance {
  switch (principal?.role) {
    case 'ADMIN':
    case 'AUDITOR':
      return { identifiers: true, sensitive: true };
    case 'VILLAGE':
      return {
        identifiers: Boolean(cadreVillageId) && cadreVillageId === principal.villageId,
        sensitive: false,
      };
    default:
      return { identifiers: false, sensitive: false };
  }
}

const hasValue = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

export interface Protected<T> {
  view: ProtectedCadre<T>;
  /** Personal fields the view shows unmasked (limited to `selected`): log them as a personal-data read. */
  revealed: PersonalField[];
}

/**
 * The cadre as this principal may see it. `selected` names the fields the client asked for, so that
 * only what actually leaves the server is reported as revealed.
 */
export function protectPersonalData<T extends CadreView>(
  principal: Principal | null | undefined,
  cadre: T,
  selected?: ReadonlySet<string>,
): Protected<T> {
  const clearance = clearanceFor(principal, cadre.villageId);
  if (!Object.isFrozen(cadre)) return protectedView(clearance, cadre, selected);
  // A frozen cadre (a kept roster row's node) cannot change: its view for each clearance is made once, frozen
  // and shared, which spares every page the copy and deletes of each row. What it reveals depends on `selected`.
  let views = viewsOfFrozen.get(cadre);
  if (!views) {
    views = new Map();
    viewsOfFrozen.set(cadre, views);
  }
  const clearanceKey = (clearance.identifiers ? 2 : 0) + (clearance.sensitive ? 1 : 0);
  let kept = views.get(clearanceKey) as Protected<T> | undefined;
  if (!kept) {
    kept = protectedView(clearance, cadre);
    Object.freeze(kept.view);
    views.set(clearanceKey, kept as Protected<object>);
  }
  const revealed: PersonalField[] = [];
  for (const field of kept.revealed) if (!selected || selected.has(field)) revealed.push(field);
  return { view: kept.view, revealed };
}

const viewsOfFrozen = new WeakMap<object, Map<number, Protected<object>>>();

function protectedView<T extends CadreView>(
  clearance: Clearance,
  cadre: T,
  selected?: ReadonlySet<string>,
): Protected<T> {
  const view = { ...cadre } as Record<string, unknown>;
  const revealed: PersonalField[] = [];
  const reveal = (field: PersonalField) => {
    if (hasValue(view[field]) && (!selected || selected.has(field))) revealed.push(field);
  };
  for (const field of Object.keys(MASKS) as MaskedField[]) {
    const value = view[field];
    if (clearance.identifiers) reveal(field);
    else if (typeof value === 'string') view[field] = MASKS[field](value);
    else if (value !== null && value !== undefined) delete view[field];
  }
  for (const field of SENSITIVE_FIELDS) {
    if (clearance.sensitive) reveal(field);
    else delete view[field];
  }
  for (const field of IDENTIFYING_FIELDS) {
    if (clearance.identifiers) reveal(field);
    else delete view[field];
  }
  return { view: view as ProtectedCadre<T>, revealed };
}
