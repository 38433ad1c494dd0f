import { cadreAggregate } from '@cadre/domain';
import { findVillage, stateAsOf, type TimeBasis } from '@cadre/projections';
import { protectPersonalData } from '../../access/masking.js';
import type { PersonalSubject } from '../../access/personal-data-in-ledger.js';
import type { Principal } from '../../access/roles.js';
import type { System } from '../../system.js';
import { type AppointmentForm, appointmentFormOf } from './form-model.js';

export interface FormRequest {
  cadreId: string;
  asOf: string;
  basis?: TimeBasis;
  /** Only events up to this global position: the ledger as it was when the document was made. */
  upToPosition: bigint;
}

export interface MaskedForm {
  form: AppointmentForm;
  /** The village of the cadre's file then: whose reach the form is in. */
  villageId: string | null;
  /** What the form shows in clear of the person's data (logged as read when the form is handed out). */
  disclosed: PersonalSubject[];
}

/**
 * The form of a cadre as of a day, read from their stream up to a position, as `audience` may see it:
 * the ID number masked, health, family and photo left out, by the one masking every answer goes through.
 * Null when the cadre was not registered by then.
 */
export async function appointmentFormAsOf(
  system: System,
  request: FormRequest,
  audience: Principal | null,
): Promise<MaskedForm | null> {
  const { state } = await stateAsOf(system, cadreAggregate, request.cadreId, {
    at: request.asOf,
    basis: request.basis ?? 'OCCURRED',
    upToPosition: request.upToPosition,
  });
  const form = appointmentFormOf(state, request.asOf, (id) => {
    const village = findVillage(system.readModels, id);
    return village ? { name: String(village.name), kind: String(village.kind) } : undefined;
  });
  if (!form) return null;
  const villageId = state.villageId ?? null;
  const { view, revealed } = protectPersonalData(audience, {
    villageId,
    idNumber: form.idNumber,
    health: form.health,
    familyMembers: form.familyMembers,
    photoUrl: form.photoSha256 ?? undefined,
  });
  return {
    form: {
      ...form,
      idNumber: view.idNumber ?? '',
      health: view.health ?? '',
      familyMembers: view.familyMembers ?? [],
      photoSha256: view.photoUrl ?? null,
    },
    villageId,
    disclosed: revealed.length ? [{ cadreId: form.cadreId, fields: revealed }] : [],
  };
}
