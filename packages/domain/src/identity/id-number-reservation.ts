import { z } from 'zod';
import type { Aggregate, EventsOf } from '../aggregate.js';
import { deterministicUuid } from '../shared/deterministic-uuid.js';
import { conflicting, type RuleBook, ruleBook } from '../shared/rules.js';
import { uuid } from '../shared/schemas.js';

/**
 * One person, one ID number: an `id-number-<id>` stream per number, named by a UUID derived from it (the
 * number itself appears in no stream name or event here). Reserving it with the stream's expected
 * revision makes two concurrent registrations of one number collide in the store, not in a read model.
 */
export const idNumberReservationEvents = {
  IdNumberReserved: z.strictObject({ cadreId: uuid }),
};

export type IdNumberReservationEvent = EventsOf<typeof idNumberReservationEvents>;

export interface IdNumberReservation {
  /** The cadre whose file holds the number. */
  holder?: string;
}

export const idNumberReservationAggregate: Aggregate<IdNumberReservation, IdNumberReservationEvent> = {
  category: 'id-number',
  initialState: {},
  evolve: (_state, event) => ({ holder: event.data.cadreId }),
};

/** The id of the reservation stream of a (normalised) ID number. */
export const idNumberStreamId = (idNumber: string): string => deterministicUuid('id-number', idNumber);

const ID_NUMBER_RULES = {
  ID_NUMBER_TAKEN: conflicting(
    '该身份证号已登记在另一名干部的档案中',
    "This ID number is already in another cadre's file",
  ),
};
export const idNumberRules: RuleBook<keyof typeof ID_NUMBER_RULES> = ruleBook(ID_NUMBER_RULES);

/** The events that reserve the number for the cadre, none if it already is theirs; refused if it is another's. */
export function reserveIdNumber(
  reservation: IdNumberReservation,
  cadreId: string,
  field: string,
): IdNumberReservationEvent[] {
  idNumberRules.ensure(
    reservation.holder === undefined || reservation.holder === cadreId,
    'ID_NUMBER_TAKEN',
    field,
  );
  return reservation.holder === cadreId ? [] : [{ type: 'IdNumberReserved', data: { cadreId } }];
}
