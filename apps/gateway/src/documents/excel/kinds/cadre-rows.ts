import type { CadreRole, CadreSort, CadreSummary, ReadModelDatabase } from '@cadre/projections';
import { listCadres } from '@cadre/projections';
import { protectPersonalData } from '../../../access/masking.js';
import type { Principal } from '../../../access/roles.js';
import { cadreNode } from '../../../graphql/queries/cadre-node.js';
import { allRows } from '../../document-read-models.js';
import type { SheetContent } from '../sheet-table.js';

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
