import { chinaDate } from '@cadre/domain';
import type { EventStore } from '@cadre/event-store';
import type { ReadModelDatabase } from '../read-model-database.js';
import { temporalStatisticsSource } from '../temporal/temporal-statistics-source.js';
import type { TimeBasis } from '../time-travel/as-of.js';
import { PAST_READ_MODELS, readAsOf } from '../time-travel/read-models-as-of.js';
import { statisticsFromCounts, type TownshipStatistics } from './compute-statistics.js';
import { countStatistics, type StatisticsScope } from './count-statistics.js';
import { liveStatisticsSource } from './live-statistics-source.js';

export type { StatisticsScope } from './count-statistics.js';

export interface StatisticsRequest extends StatisticsScope {
  year: number;
}

export type PastStatisticsRequest = StatisticsRequest & { asOf: string; basis?: TimeBasis };

/**
 * The figures of a year from the live read models (today's, or a replay's as of a day), standing at `asOf`
 * (the day ages are taken on and terms compared with).
 */
export function readModelStatistics(
  db: ReadModelDatabase,
  scope: StatisticsScope,
  year: number,
  asOf: string,
): TownshipStatistics {
  return statisticsFromCounts(countStatistics(db, liveStatisticsSource(year), scope, asOf), year, asOf);
}

/** The live figures from the read models, as of today (China time) on the given clock. */
export function currentStatistics(
  db: ReadModelDatabase,
  request: StatisticsRequest,
  now: Date,
): TownshipStatistics {
  return readModelStatistics(db, request, request.year, chinaDate(now));
}

/**
 * The figures as they stood at the end of a past day (yyyy-mm-dd), on business time (OCCURRED, the
 * default) or on the store's time (RECORDED): counted over the temporal read models, where a day is a
 * `WHERE` (see temporal/temporal-projection.ts), by the same query as the live figures.
 */
export function statisticsAsOf(db: ReadModelDatabase, request: PastStatisticsRequest): TownshipStatistics {
  const { asOf, basis = 'OCCURRED', year } = request;
  const source = temporalStatisticsSource({ day: asOf, basis, year });
  return statisticsFromCounts(countStatistics(db, source, request, asOf), year, asOf);
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
    (db) => readModelStatistics(db, request, request.year, request.asOf),
  );
}
