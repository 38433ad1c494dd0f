import { z } from 'zod';
import { defineCommand, domainEvent } from '../../aggregate.js';
import {
  idNumberReservationAggregate,
  idNumberStreamId,
  reserveIdNumber,
} from '../../identity/id-number-reservation.js';
import { calendarDate, requiredText, uuid } from '../../shared/schemas.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import type { CadreProfile } from './cadre-profile.js';
import { ensureConsistentProfile } from './profile-consistency.js';

/** Nothing is edited: a correction names the fields it changes and why (e.g. 「档案核对」). */
export const correctCadreProfileInput = z.strictObject({
  cadreId: uuid,
  changes: cadreEvents.CadreProfileCorrected.shape.changes.refine(
    (changes) => Object.keys(changes).length > 0,
    'NOTHING_TO_CHANGE',
  ),
  reason: requiredText(500),
  correctedOn: calendarDate,
});

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const correctCadreProfile = defineCommand({
  name: 'CorrectCadreProfile',
  occurredOn: 'correctedOn',
  input: correctCadreProfileInput,
  needs: { cadre: cadreAggregate, newIdNumber: idNumberReservationAggregate },
  streamIds: (input) => ({
    cadre: input.cadreId,
    newIdNumber: input.changes.idNumber ? idNumberStreamId(input.changes.idNumber) : null,
  }),
  decide(input, { cadre, newIdNumber }, { now }) {
    ensureCadreRegistered(cadre);
    const named = Object.keys(input.changes) as (keyof CadreProfile)[];
    cadreRules.ensure(
      named.some((field) => !sameValue(input.changes[field], cadre.profile[field])),
      'PROFILE_UNCHANGED',
      'changes',
    );
    const corrected = { ...cadre.profile, ...input.changes };
    ensureConsistentProfile(corrected, { prefix: 'changes', named: (f) => named.includes(f) }, now);
    const reservation = input.changes.idNumber
      ? reserveIdNumber(newIdNumber, input.cadreId, 'changes.idNumber')
      : [];
    return { newIdNumber: reservation, cadre: [domainEvent('CadreProfileCorrected', input)] };
  },
});
