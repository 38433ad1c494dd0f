import { chinaDate } from '@cadre/domain';
import type { EventStore } from '@cadre/event-store';
import type { ReadModelDatabase } from '../read-model-database.js';
import { temporalStatisticsRows } from '../temporal/temporal-statistics-rows.js';
import type { TimeBasis } from '../time-travel/as-of.js';
import { PAST_READ_MODELS, readAsOf } from '../time-travel/read-models-as-of.js';
import { computeStatistics, type TownshipStatistics } from './compute-statistics.js';
import { loadStatisticsFacts, type StatisticsScope } from './load-statistics-facts.js';
import { assembleStatisticsFacts } from './statistics-rows.js';

export interface StatisticsRequest extends StatisticsScope {
  year: number;
}

export type PastStatisticsRequest = StatisticsRequest & { asOf: string; basis?: TimeBasis };

/** The live figures from the read models, as of today (China time) on the given clock. */
export function currentStatistics(
  db: ReadModelDatabase,
  request: StatisticsRequest,
  now: Date,
): TownshipStatistics {
  return computeStatistics(loadStatisticsFacts(db, request, request.year), request.year, chinaDate(now));
}

/**
 * The figures as they stood at the end of a past day (yyyy-mm-dd), on business time (OCCURRED, the
 * default) or on the store's time (RECORDED): read from the temporal read models, where a day is a
 * `WHERE` (see temporal/temporal-projection.ts), so it costs about what the live figures cost.
 */
export function statisticsAsOf(db: ReadModelDatabase, request: PastStatisticsRequest): TownshipStatistics {
  const { asOf, basis = 'OCCURRED', year } = request;
  const rows = temporalStatisticsRows(db, { day: asOf, basis, year }, request);
  return computeStatistics(assembleStatisticsFacts(rows, request), year, asOf);
}

/**
 * The same figures by replaying every event up to the day into a throw-away read model: the reference the
 * temporal read models are tested and measured against.
 */
export function statisticsAsOfByReplay(
  store: EventStore,
  request: PastStatisticsRequest,
): Promise<TownshipStatistics> {
  return readAsOf(
    store,
    PAST_READ_MODELS,
    { at: request.asOf, ...(request.basis ? { basis: request.basis } : {}) },
    (db) => computeStatistics(loadStatisticsFacts(db, request), request.year, request.asOf),
  );
}
