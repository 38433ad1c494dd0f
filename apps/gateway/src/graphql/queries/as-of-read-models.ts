import { chinaDate } from '@cadre/domain';
import {
  PAST_READ_MODELS,
  pastDay,
  type ReadModelDatabase,
  readAsOf,
  type TimeBasis,
} from '@cadre/projections';
import type { GatewayContext } from '../context.js';
import { throughTimeTravelGate } from './time-travel-gate.js';

/** The time-travel arguments of a read: a day (yyyy-mm-dd) and the clock it is read on. */
export interface AsOfArgs {
  asOf?: string | null;
  basis?: TimeBasis | null;
}

/** Today in China on the gateway's clock (never the machine's: tests fix it). */
export const todayOf = (context: GatewayContext) => chinaDate(context.system.now());

/**
 * Answers a read from the live read models, or, for a past `asOf` day, from the read models as they
 * stood at its end (time travel). A malformed day or one after today is refused (see `pastDay`).
 */
export function fromReadModelsAsOf<T>(
  context: GatewayContext,
  args: AsOfArgs,
  read: (db: ReadModelDatabase) => T,
): Promise<T> {
  const day = pastDay(args.asOf, todayOf(context));
  if (day === null) return Promise.resolve(read(context.system.readModels));
  return throughTimeTravelGate(context, () =>
    readAsOf(context.system.store, PAST_READ_MODELS, { at: day, basis: args.basis ?? 'OCCURRED' }, read),
  );
}
