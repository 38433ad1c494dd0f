import type { Page, ReadModelDatabase } from '@cadre/projections';
import type { DocumentRequest } from '../../document-kind.js';
import { allRows, townshipNameOf, villageNames } from '../../document-read-models.js';
import type { SheetKind } from '../excel-document-kind.js';
import type { CellValue, SheetColumn } from '../sheet-table.js';
import { cadreNames } from './cadre-names.js';

/** The filters every activity list takes besides its own: a township or one village. */
export interface ScopeParams {
  townshipId?: string;
  villageId?: string;
}

/** A 台账 of one kind of cadre activity: what differs between them. */
export interface ActivitySheetSpec<Params extends ScopeParams, Entry extends Record<string, unknown>> {
  kind: string;
  fileStem: string;
  /** 表彰奖励 in 表彰奖励台账, the worksheet's tab and the title's subject. */
  subject: string;
  /** The columns after 序号, 村（社区） and 姓名. */
  columns: SheetColumn[];
  list: (db: ReadModelDatabase, params: Params, page: { first: number; after?: string }) => Page<Entry>;
  cells: (entry: Entry) => Record<string, CellValue>;
}

const LEADING_COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', width: 6, format: 'integer' },
  { key: 'village', header: '村（社区）', width: 14 },
  { key: 'name', header: '姓名', width: 10 },
];

/** A list of cadres' activities (honors, pledges) as one titled table: who, where, and the entry's cells. */
export function activitySheet<Params extends ScopeParams, Entry extends Record<string, unknown>>(
  spec: ActivitySheetSpec<Params, Entry>,
): SheetKind {
  return {
    kind: spec.kind,
    fileStem: spec.fileStem,
    read(db, request: DocumentRequest) {
      const params = request.params as Params;
      const entries = allRows((page) => spec.list(db, params, page));
      const names = cadreNames(db);
      const villages = villageNames(db);
      const scope = params.villageId
        ? (villages.get(params.villageId) ?? '')
        : townshipNameOf(db, params.townshipId);
      return {
        tables: [
          {
            name: spec.subject,
            title: `${scope}村（社区）干部${spec.subject}台账`,
            columns: [...LEADING_COLUMNS, ...spec.columns],
            rows: entries.map((entry, index) => {
              const cadre = names.get(entry.cadreId as string);
              return {
                seq: index + 1,
                village: villages.get(cadre?.villageId ?? '') ?? '',
                name: cadre?.name ?? '',
                ...spec.cells(entry),
              };
            }),
          },
        ],
        disclosed: [],
      };
    },
  };
}
