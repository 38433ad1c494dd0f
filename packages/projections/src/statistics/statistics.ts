import { chinaDate } from '@cadre/domain';
import type { EventStore } from '@cadre/event-store';
import type { ReadModelDatabase } from '../read-model-database.js';
import type { TimeBasis } from '../time-travel/as-of.js';
import { PAST_READ_MODELS, readAsOf } from '../time-travel/read-models-as-of.js';
import { computeStatistics, type TownshipStatistics } from './compute-statistics.js';
import { loadStatisticsFacts, type StatisticsScope } from './load-statistics-facts.js';

export interface StatisticsRequest extends StatisticsScope {
  year: number;
}

/** The live figures from the read models, as of today (China time) on the given clock. */
export function currentStatistics(
  db: ReadModelDatabase,
  request: StatisticsRequest,
  now: Date,
): TownshipStatistics {
  return computeStatistics(loadStatisticsFacts(db, request), request.year, chinaDate(now));
}

/**
 * The figures as they stood at the end of a past day (yyyy-mm-dd): the events up to it replayed into a
 * throw-away read model, on business time (OCCURRED, the default) or on the store's time (RECORDED).
 */
export function statisticsAsOf(
  store: EventStore,
  request: StatisticsRequest & { asOf: string; basis?: TimeBasis },
): Promise<TownshipStatistics> {
  return readAsOf(
    store,
    PAST_READ_MODELS,
    { at: request.asOf, ...(request.basis ? { basis: request.basis } : {}) },
    (db) => computeStatistics(loadStatisticsFacts(db, request), request.year, request.asOf),
  );
}
