import { listPledges } from '@cadre/projections';
import { withoutNulls } from '../../../graphql/without-nulls.js';
import { labelOf } from '../labels.js';
import { activitySheet, type ScopeParams } from './activity-sheet.js';

interface PledgeParams extends ScopeParams {
  year?: number;
  status?: string;
}

/** 承诺践诺台账: the pledges with the `pledges` query's filters. */
export const pledgesSheet = activitySheet({
  kind: 'pledges.xlsx',
  fileStem: '承诺践诺台账',
  subject: '承诺践诺',
  columns: [
    { key: 'year', header: '年度', width: 7, format: 'integer' },
    { key: 'items', header: '承诺事项', width: 40 },
    { key: 'madeOn', header: '承诺日期', width: 12 },
    { key: 'progress', header: '履诺进展', width: 30 },
    { key: 'residentsRating', header: '群众评议', width: 10 },
    { key: 'organizationRating', header: '组织评定', width: 10 },
    { key: 'evaluatedOn', header: '评定日期', width: 12 },
  ],
  list: (db, params: PledgeParams, page) =>
    listPledges(
      db,
      withoutNulls({
        year: params.year,
        status: params.status,
        townshipId: params.townshipId,
        villageId: params.villageId,
      }),
      page,
    ),
  cells: (pledge) => ({
    year: pledge.year as number,
    items: (pledge.items as string[]).map((item, i) => `${i + 1}. ${item}`).join('\n'),
    madeOn: pledge.madeOn as string,
    progress: (pledge.progress as string | null) ?? '',
    residentsRating: labelOf('evaluationGrade', pledge.residentsRating as string | null),
    organizationRating: labelOf('evaluationGrade', pledge.organizationRating as string | null),
    evaluatedOn: (pledge.evaluatedOn as string | null) ?? '',
  }),
});
