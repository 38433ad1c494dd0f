import { chinaDate } from '@cadre/domain';
import type { EventStore } from '@cadre/event-store';
import { ALL_PROJECTIONS } from '../all-projections.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { readModelsAsOf } from '../time-travel/read-models-as-of.js';
import { computeStatistics, type TownshipStatistics } from './compute-statistics.js';
import { loadStatisticsFacts, type StatisticsScope } from './load-statistics-facts.js';

export interface StatisticsRequest extends StatisticsScope {
  year: number;
  /** A date (yyyy-mm-dd): the figures as they stood at the end of that day. Omitted: now. */
  asOf?: string;
}

/** The live figures from the read models. */
export function currentStatistics(
  db: ReadModelDatabase,
  request: StatisticsRequest,
  now: Date,
): TownshipStatistics {
  return computeStatistics(loadStatisticsFacts(db, request), request.year, chinaDate(now));
}

/** The figures as of a past date: the events up to it replayed into a throw-away read model. */
export async function statisticsAsOf(
  store: EventStore,
  request: StatisticsRequest & { asOf: string },
): Promise<TownshipStatistics> {
  const db = await readModelsAsOf(store, ALL_PROJECTIONS, { at: request.asOf });
  try {
    return computeStatistics(loadStatisticsFacts(db, request), request.year, request.asOf);
  } finally {
    db.close();
  }
}
