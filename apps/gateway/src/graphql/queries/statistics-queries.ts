import { chinaDate, DomainError } from '@cadre/domain';
import { currentStatistics, statisticsAsOf } from '@cadre/projections';
import { type GatewayContext, inLocale } from '../context.js';
import { scopedVillage } from './disclosure.js';
import { cachedStatistics } from './statistics-cache.js';

export interface StatisticsArgs {
  year?: number | null;
  townshipId?: string | null;
  villageId?: string | null;
  asOf?: string | null;
}

const INVALID_DATE = { zh: 'asOf 应为日期（yyyy-mm-dd）', en: 'asOf must be a date (yyyy-mm-dd)' };

export const statisticsQueries = {
  Query: {
    statistics: (_: unknown, args: StatisticsArgs, context: GatewayContext) =>
      inLocale(context, async () => {
        const today = chinaDate(new Date());
        const year = args.year ?? Number((args.asOf ?? today).slice(0, 4));
        const villageId = scopedVillage('statistics', args.villageId, context);
        const scope = {
          year,
          ...(args.townshipId ? { townshipId: args.townshipId } : {}),
          ...(villageId ? { villageId } : {}),
        };
        if (!args.asOf || args.asOf >= today) {
          return cachedStatistics(context.system, JSON.stringify([scope, today]), () =>
            currentStatistics(context.system.readModels, scope, new Date()),
          );
        }
        if (!/^\d{4}-\d{2}-\d{2}$/.test(args.asOf))
          throw new DomainError('BAD_USER_INPUT', 'INVALID_DATE', INVALID_DATE, 'asOf');
        return statisticsAsOf(context.system.store, { ...scope, asOf: args.asOf });
      }),
  },
};
