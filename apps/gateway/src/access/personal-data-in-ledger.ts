import { categoryOf, type RecordedEvent } from '@cadre/event-store';
import { IDENTIFYING_FIELDS, type PersonalField, SENSITIVE_FIELDS } from './masking.js';

/** One cadre's personal fields that an answer shows in clear. */
export interface PersonalSubject {
  cadreId: string;
  fields: PersonalField[];
}

/** In the order the masking names them, so that one cadre's fields always read the same in the log. */
const PERSONAL_FIELDS: readonly PersonalField[] = [
  'idNumber',
  'phone',
  ...SENSITIVE_FIELDS,
  ...IDENTIFYING_FIELDS,
];

/** Events that are themselves one of a cadre's personal records though no key of theirs names it. */
const RECORD_EVENTS: Readonly<Record<string, PersonalField>> = { BenefitGranted: 'benefits' };

const isPersonalField = (key: string): key is PersonalField =>
  (PERSONAL_FIELDS as readonly string[]).includes(key);

const holdsSomething = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * The personal fields a piece of event data or a folded state holds with a value, wherever they sit
 * (`profile.idNumber` of a registration, `changes.phone` of a correction, a state's `benefits`).
 */
export function personalFieldsIn(value: unknown, found = new Set<PersonalField>()): Set<PersonalField> {
  if (Array.isArray(value)) {
    for (const item of value) personalFieldsIn(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (isPersonalField(key) && holdsSomething(child)) found.add(key);
      else personalFieldsIn(child, found);
    }
  }
  return found;
}

const inOrder = (fields: ReadonlySet<PersonalField>) => PERSONAL_FIELDS.filter((field) => fields.has(field));

/** What a cadre's folded state (time travel) shows of their personal data; none before registration. */
export function personalDataInState(cadreId: string, state: unknown): PersonalSubject[] {
  const fields = inOrder(personalFieldsIn(state));
  return fields.length > 0 ? [{ cadreId, fields }] : [];
}

/**
 * What events show of cadres' personal data, one subject per cadre whatever the number of its events.
 * Only a cadre's own stream holds their file; other streams (villages, requests, ID-number reservations)
 * hold no ID number, phone or family detail.
 */
export function personalDataInEvents(events: readonly RecordedEvent[]): PersonalSubject[] {
  const byCadre = new Map<string, Set<PersonalField>>();
  for (const event of events) {
    if (categoryOf(event.streamId) !== 'cadre') continue;
    const fields = personalFieldsIn(event.data);
    const record = RECORD_EVENTS[event.type];
    if (record) fields.add(record);
    if (fields.size === 0) continue;
    const cadreId = event.streamId.slice('cadre-'.length);
    const known = byCadre.get(cadreId) ?? new Set<PersonalField>();
    for (const field of fields) known.add(field);
    byCadre.set(cadreId, known);
  }
  return [...byCadre].map(([cadreId, fields]) => ({ cadreId, fields: inOrder(fields) }));
}
