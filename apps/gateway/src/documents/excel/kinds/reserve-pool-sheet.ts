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

const COLUMNS: SheetColumn[] = [
  ...personColumns(
    'seq',
    'village',
    'name',
    'gender',
    'birthDate',
    'age',
    'idNumber',
    'phone',
    'politicalStatus',
    'educationLevel',
  ),
  { key: 'source', header: '来源', width: 12 },
  { key: 'tier', header: '梯队', width: 6, format: 'integer' },
  { key: 'enlistedOn', header: '入库日期', width: 12 },
  { key: 'mentor', header: '联系领导', width: 12 },
];

/** 后备干部库: the reserve pool (the roster's RESERVE filter), with source, tier and mentors. */
export const reservePoolSheet: SheetKind = {
  kind: 'reserve-pool.xlsx',
  fileStem: '后备干部库',
  read(db, request, audience) {
    const params = { ...(request.params as CadreListParams), role: 'RESERVE' as const };
    const villages = villageNames(db);
    const masked = maskedCadres(db, params, request.asOf, audience);
    const rows = masked.cadres.map((cadre, index) => ({
      seq: index + 1,
      village: villages.get(cadre.reserve?.villageId ?? '') ?? '',
      ...personCells(cadre),
      source: labelOf('reserveSource', cadre.reserve?.source),
      tier: cadre.reserve?.tier ?? null,
      enlistedOn: cadre.reserve?.enlistedOn ?? '',
      mentor: cadre.reserve?.mentors?.townshipLeader ?? '',
    }));
    const scope = params.villageId ? (villages.get(params.villageId) ?? '') : townshipNameOf(db);
    return maskedRosterTable(
      { name: '后备干部', title: `${scope}村（社区）后备干部库`, columns: COLUMNS, rows },
      masked,
    );
  },
};
