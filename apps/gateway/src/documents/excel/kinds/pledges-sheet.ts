import { listPledges } from '@cadre/projections';
import { withoutNulls } from '../../../graphql/without-nulls.js';
import { allRows, townshipNameOf, villageNames } from '../../document-read-models.js';
import type { SheetKind } from '../excel-document-kind.js';
import { labelOf } from '../labels.js';
import type { SheetColumn } from '../sheet-table.js';
import { cadreNames } from './cadre-names.js';

const COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', width: 6, format: 'integer' },
  { key: 'year', header: '年度', width: 7, format: 'integer' },
  { key: 'village', header: '村（社区）', width: 14 },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'items', header: '承诺事项', width: 40 },
  { key: 'madeOn', header: '承诺日期', width: 12 },
  { key: 'progress', header: '履诺进展', width: 30 },
  { key: 'residentsRating', header: '群众评议', width: 10 },
  { key: 'organizationRating', header: '组织评定', width: 10 },
  { key: 'evaluatedOn', header: '评定日期', width: 12 },
];

interface PledgeParams {
  year?: number;
  status?: string;
  townshipId?: string;
  villageId?: string;
}

/** 承诺践诺台账: the pledges with the `pledges` query's filters. */
export const pledgesSheet: SheetKind = {
  kind: 'pledges.xlsx',
  fileStem: '承诺践诺台账',
  read(db, request) {
    const params = request.params as PledgeParams;
    const pledges = allRows((page) =>
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
    );
    const names = cadreNames(db);
    const villages = villageNames(db);
    const scope = params.villageId
      ? (villages.get(params.villageId) ?? '')
      : townshipNameOf(db, params.townshipId);
    return {
      tables: [
        {
          name: '承诺践诺',
          title: `${scope}村（社区）干部承诺践诺台账`,
          columns: COLUMNS,
          rows: pledges.map((pledge, index) => {
            const cadre = names.get(pledge.cadreId as string);
            return {
              seq: index + 1,
              year: pledge.year as number,
              village: villages.get(cadre?.villageId ?? '') ?? '',
              name: cadre?.name ?? '',
              items: (pledge.items as string[]).map((item, i) => `${i + 1}. ${item}`).join('\n'),
              madeOn: pledge.madeOn as string,
              progress: (pledge.progress as string | null) ?? '',
              residentsRating: labelOf('grade', pledge.residentsRating as string | null),
              organizationRating: labelOf('grade', pledge.organizationRating as string | null),
              evaluatedOn: (pledge.evaluatedOn as string | null) ?? '',
            };
          }),
        },
      ],
      disclosed: [],
    };
  },
};
