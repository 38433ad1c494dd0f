import type { CadreRole } from '@cadre/projections';
import { townshipNameOf, villageNames } from '../../document-read-models.js';
import type { SheetKind } from '../excel-document-kind.js';
import { labelOf } from '../labels.js';
import type { SheetColumn } from '../sheet-table.js';
import {
  type CadreListParams,
  maskedCadres,
  maskedRosterTable,
  personCells,
  personColumns,
} from './cadre-rows.js';

const ROLE_TITLES: Record<CadreRole, string> = {
  COMMITTEE_MEMBER: '村（社区）"两委"干部花名册',
  PARTY_SECRETARY: '村（社区）党组织书记花名册',
  RESERVE: '村（社区）后备干部花名册',
};

const COLUMNS: SheetColumn[] = [
  ...personColumns(
    'seq',
    'name',
    'gender',
    'ethnicity',
    'birthDate',
    'age',
    'idNumber',
    'phone',
    'politicalStatus',
    'educationLevel',
    'village',
  ),
  { key: 'posts', header: '现任职务', width: 24 },
  { key: 'reserve', header: '后备干部', width: 9 },
];

/** 干部花名册: the roster with the filters of the `cadres` query, masked as its answer is. */
export const rosterSheet: SheetKind = {
  kind: 'roster.xlsx',
  fileStem: '干部花名册',
  read(db, request, audience) {
    const params = request.params as CadreListParams;
    const villages = villageNames(db);
    const masked = maskedCadres(db, params, request.asOf, audience);
    const rows = masked.cadres.map((cadre, index) => ({
      seq: index + 1,
      ...personCells(cadre),
      village: villages.get(cadre.villageId ?? '') ?? '',
      posts: cadre.posts
        .map((post) => `${labelOf('committee', post.committee)}${labelOf('position', post.position)}`)
        .join('、'),
      reserve: cadre.reserve ? '是' : '',
    }));
    const scope = params.villageId ? (villages.get(params.villageId) ?? '') : townshipNameOf(db);
    const title = `${scope}${params.role ? ROLE_TITLES[params.role] : '村（社区）干部花名册'}`;
    return maskedRosterTable({ name: '花名册', title, columns: COLUMNS, rows }, masked);
  },
};
