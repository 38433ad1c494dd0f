import type { CadreRole, CadreSort, CadreSummary, ReadModelDatabase } from '@cadre/projections';
import { listCadres } from '@cadre/projections';
import { protectPersonalData } from '../../../access/masking.js';
import type { Principal } from '../../../access/roles.js';
import { cadreNode } from '../../../graphql/queries/cadre-node.js';
import { allRows } from '../../document-read-models.js';
import { labelOf } from '../labels.js';
import type { CellValue, SheetColumn, SheetContent, SheetTable } from '../sheet-table.js';

/** The roster filters a document was asked with: those of the `cadres` query. */
export interface CadreListParams {
  villageId?: string;
  role?: CadreRole;
  search?: string;
  sort?: CadreSort;
  descending?: boolean;
}

const IDENTIFIERS: ReadonlySet<string> = new Set(['idNumber', 'phone']);

/**
 * The cadres a roster lists, each as the GraphQL `Cadre` starts from (ages on the as-of day) and masked as
 * the `cadres` query masks them for the audience; `disclosed` names the identifiers shown in clear.
 */
export function maskedCadres(
  db: ReadModelDatabase,
  params: CadreListParams,
  asOf: string,
  audience: Principal,
) {
  const summaries: CadreSummary[] = allRows((page) =>
    listCadres(
      db,
      {
        ...(params.villageId ? { villageId: params.villageId } : {}),
        ...(params.role ? { role: params.role } : {}),
        ...(params.search ? { search: params.search } : {}),
      },
      { ...page, sort: params.sort ?? 'REGISTERED', descending: params.descending ?? false },
    ),
  );
  const disclosed: SheetContent['disclosed'] = [];
  const cadres = summaries.map((summary) => {
    const { view, revealed } = protectPersonalData(audience, cadreNode(summary, asOf), IDENTIFIERS);
    const fields = revealed.filter((field) => field === 'idNumber' || field === 'phone');
    if (fields.length > 0) disclosed.push({ cadreId: summary.cadreId, fields });
    return view;
  });
  return { cadres, disclosed };
}

/** The note under a table some of whose identifiers are masked. */
export const MASKED_NOTE = '注：按查看权限，部分身份证号、手机号已脱敏。';

/** The columns a list of persons shows, by key: each sheet picks its own, in its own order. */
const PERSON_COLUMNS: Record<string, SheetColumn> = Object.fromEntries(
  (
    [
      { key: 'seq', header: '序号', width: 6, format: 'integer' },
      { key: 'village', header: '村（社区）', width: 14 },
      { key: 'name', header: '姓名', width: 10 },
      { key: 'gender', header: '性别', width: 6 },
      { key: 'ethnicity', header: '民族', width: 8 },
      { key: 'birthDate', header: '出生日期', width: 12 },
      { key: 'age', header: '年龄', width: 6, format: 'integer' },
      { key: 'idNumber', header: '身份证号', width: 21 },
      { key: 'phone', header: '手机号', width: 14 },
      { key: 'politicalStatus', header: '政治面貌', width: 12 },
      { key: 'educationLevel', header: '学历', width: 12 },
    ] satisfies SheetColumn[]
  ).map((column) => [column.key, column]),
);

/** The person columns named, in that order. */
export const personColumns = (...keys: string[]): SheetColumn[] => keys.map((key) => PERSON_COLUMNS[key]!);

type MaskedCadre = ReturnType<typeof maskedCadres>['cadres'][number];

/** A person's cells under the person columns (labels for codes, masked identifiers as masked). */
export function personCells(cadre: MaskedCadre): Record<string, CellValue> {
  return {
    name: cadre.name,
    gender: labelOf('gender', cadre.gender),
    ethnicity: cadre.ethnicity,
    birthDate: cadre.birthDate,
    age: cadre.age,
    idNumber: cadre.idNumber ?? '',
    phone: cadre.phone ?? '',
    politicalStatus: labelOf('politicalStatus', cadre.politicalStatus),
    educationLevel: labelOf('educationLevel', cadre.educationLevel),
  };
}

/** A roster table of masked cadres, with the masking note when some identifier is withheld. */
export function maskedRosterTable(
  table: Omit<SheetTable, 'notes'>,
  { cadres, disclosed }: ReturnType<typeof maskedCadres>,
): SheetContent {
  const masked = disclosed.length < cadres.filter((c) => c.idNumber || c.phone).length;
  return { tables: [{ ...table, ...(masked ? { notes: [MASKED_NOTE] } : {}) }], disclosed };
}
