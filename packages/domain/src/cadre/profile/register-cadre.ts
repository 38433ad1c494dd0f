import type { z } from 'zod';
import { defineCommand, domainEvent } from '../../aggregate.js';
import {
  idNumberReservationAggregate,
  idNumberStreamId,
  reserveIdNumber,
} from '../../identity/id-number-reservation.js';
import { uuid } from '../../shared/schemas.js';
import { ensureVillageRegistered } from '../../village/village-rules.js';
import { villageAggregate } from '../../village/village-state.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { ensureConsistentProfile } from './profile-consistency.js';

/** A registration names the village whose file it is. */
export const registerCadreInput = cadreEvents.CadreRegistered.extend({ villageId: uuid });

const everyField = { prefix: 'profile', named: () => true } as const;

/** 一人一档: a new file, in a registered village, for an ID number no other file holds. */
export const registerCadre = defineCommand({
  name: 'RegisterCadre',
  occurredOn: 'registeredOn',
  input: registerCadreInput,
  needs: { cadre: cadreAggregate, idNumber: idNumberReservationAggregate, village: villageAggregate },
  streamIds: (input) => ({
    cadre: input.cadreId,
    idNumber: idNumberStreamId(input.profile.idNumber),
    village: input.villageId,
  }),
  decide(input, { cadre, idNumber, village }, { now }) {
    cadreRules.ensure(!cadre.registered, 'CADRE_ALREADY_REGISTERED', 'cadreId');
    ensureVillageRegistered(village);
    ensureConsistentProfile(input.profile, everyField, now);
    return {
      idNumber: reserveIdNumber(idNumber, input.cadreId, 'profile.idNumber'),
      cadre: [domainEvent('CadreRegistered', input)],
    };
  },
});

export type RegisterCadreInput = z.infer<typeof registerCadreInput>;
