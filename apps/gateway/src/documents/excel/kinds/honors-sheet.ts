import { listHonors } from '@cadre/projections';
import { withoutNulls } from '../../../graphql/without-nulls.js';
import { labelOf } from '../labels.js';
import { activitySheet, type ScopeParams } from './activity-sheet.js';

interface HonorParams extends ScopeParams {
  year?: number;
  level?: string;
}

/** 表彰奖励台账: the honors with the `honors` query's filters, newest first. */
export const honorsSheet = activitySheet({
  kind: 'honors.xlsx',
  fileStem: '表彰奖励台账',
  subject: '表彰奖励',
  columns: [
    { key: 'title', header: '荣誉名称', width: 30 },
    { key: 'level', header: '级别', width: 8 },
    { key: 'awardingBody', header: '授予单位', width: 24 },
    { key: 'awardedOn', header: '授予日期', width: 12 },
  ],
  list: (db, params: HonorParams, page) =>
    listHonors(
      db,
      withoutNulls({
        year: params.year === undefined ? undefined : String(params.year),
        level: params.level,
        townshipId: params.townshipId,
        villageId: params.villageId,
      }),
      page,
    ),
  cells: (honor) => ({
    title: honor.title as string,
    level: labelOf('honorLevel', honor.level as string),
    awardingBody: honor.awardingBody as string,
    awardedOn: honor.awardedOn as string,
  }),
});
