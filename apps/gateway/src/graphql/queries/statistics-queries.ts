import { chinaDate } from '@cadre/domain';
import { currentStatistics, statisticsAsOf, statisticsMoment, type TimeBasis } from '@cadre/projections';
import { type GatewayContext, inLocale } from '../context.js';
import { scopedVillage } from './disclosure.js';
import { cachedStatistics } from './statistics-cache.js';
import { inCallersTurn } from './time-travel-gate.js';

export interface StatisticsArgs {
  year?: number | null;
  townshipId?: string | null;
  villageId?: string | null;
  asOf?: string | null;
  basis?: TimeBasis | null;
}

export const statisticsQueries = {
  Query: {
    /** This year live; a past year as of its 31 December; any past day by time travel (see the SDL). */
    statistics: (_: unknown, args: StatisticsArgs, context: GatewayContext) =>
      inLocale(context, () => {
        const { system } = context;
        const villageId = scopedVillage('statistics', args.villageId, context);
        const now = system.now();
        const today = chinaDate(now);
        const { year, asOf } = statisticsMoment(args, today);
        const scope = {
          year,
          ...(args.townshipId ? { townshipId: args.townshipId } : {}),
          ...(villageId ? { villageId } : {}),
        };
        if (asOf === null) {
          return cachedStatistics(system, JSON.stringify(['live', scope, today]), () =>
            currentStatistics(system.readModels, scope, now),
          );
        }
        const basis = args.basis ?? 'OCCURRED';
        // an indexed read of the temporal read models, not a replay: not queued behind the replays
        return cachedStatistics(system, JSON.stringify(['past', scope, asOf, basis]), () =>
          inCallersTurn(context, () => statisticsAsOf(system.readModels, { ...scope, asOf, basis })),
        );
      }),
  },
};
