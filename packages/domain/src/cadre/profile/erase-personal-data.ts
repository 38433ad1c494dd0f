import { z } from 'zod';
import { defineCommand, domainEvent } from '../../aggregate.js';
import { calendarDate, uuid } from '../../shared/schemas.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const erasePersonalDataInput = z.strictObject({ cadreId: uuid, erasedOn: calendarDate });

/**
 * PIPL Art. 47 (删除权): the person's identifying data is erased by deleting their key; the history keeps
 * its events (their personal fields can no longer be read) and every statistic stays the same.
 */
export const erasePersonalData = defineCommand({
  name: 'ErasePersonalData',
  occurredOn: 'erasedOn',
  input: erasePersonalDataInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    cadreRules.ensure(!cadre.erasedOn, 'PERSONAL_DATA_ALREADY_ERASED', 'cadreId');
    return { cadre: [domainEvent('PersonalDataErased', input)] };
  },
});
