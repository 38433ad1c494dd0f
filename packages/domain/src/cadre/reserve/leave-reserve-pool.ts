import { z } from 'zod';
import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore } from '../../shared/business-date.js';
import { uuid } from '../../shared/schemas.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

const { exitedOn, reason } = cadreEvents.ReserveCadreLeft.shape;

/** 退出后备干部库 (动态储备): a reserve cadre leaves the pool, with why; the file keeps everything else. */
export const leaveReservePoolInput = z.strictObject({ cadreId: uuid, exitedOn, reason });

export const leaveReservePool = defineCommand({
  name: 'LeaveReservePool',
  occurredOn: 'exitedOn',
  input: leaveReservePoolInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    const { reserve } = cadre;
    cadreRules.ensure(reserve, 'NOT_A_RESERVE_CADRE', 'cadreId');
    ensureNotBefore(input.exitedOn, reserve.enlistedOn, 'exitedOn');
    const { cadreId, reason } = input;
    return {
      cadre: [
        domainEvent('ReserveCadreLeft', {
          cadreId,
          villageId: reserve.villageId,
          exitedOn: input.exitedOn,
          reason,
        }),
      ],
    };
  },
});
