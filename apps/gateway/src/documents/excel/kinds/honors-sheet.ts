import { listHonors } from '@cadre/projections';
import { withoutNulls } from '../../../graphql/without-nulls.js';
import { allRows, townshipNameOf, villageNames } from '../../document-read-models.js';
import type { SheetKind } from '../excel-document-kind.js';
import { labelOf } from '../labels.js';
import type { SheetColumn } from '../sheet-table.js';
import { cadreNames } from './cadre-names.js';

const COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', width: 6, format: 'integer' },
  { key: 'village', header: '村（社区）', width: 14 },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'title', header: '荣誉名称', width: 30 },
  { key: 'level', header: '级别', width: 8 },
  { key: 'awardingBody', header: '授予单位', width: 24 },
  { key: 'awardedOn', header: '授予日期', width: 12 },
];

interface HonorParams {
  year?: number;
  level?: string;
  townshipId?: string;
  villageId?: string;
}

/** 表彰奖励台账: the honors with the `honors` query's filters, newest first. */
export const honorsSheet: SheetKind = {
  kind: 'honors.xlsx',
  fileStem: '表彰奖励台账',
  read(db, request) {
    const params = request.params as HonorParams;
    const honors = allRows((page) =>
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
    );
    const names = cadreNames(db);
    const villages = villageNames(db);
    const scope = params.villageId
      ? (villages.get(params.villageId) ?? '')
      : townshipNameOf(db, params.townshipId);
    return {
      tables: [
        {
          name: '表彰奖励',
          title: `${scope}村（社区）干部表彰奖励台账`,
          columns: COLUMNS,
          rows: honors.map((honor, index) => {
            const cadre = names.get(honor.cadreId as string);
            return {
              seq: index + 1,
              village: villages.get(cadre?.villageId ?? '') ?? '',
              name: cadre?.name ?? '',
              title: honor.title as string,
              level: labelOf('honorLevel', honor.level as string),
              awardingBody: honor.awardingBody as string,
              awardedOn: honor.awardedOn as string,
            };
          }),
        },
      ],
      disclosed: [],
    };
  },
};
