import {
  computeStatistics,
  listVillages,
  loadStatisticsFacts,
  type ReadModelDatabase,
  type StatisticsScope,
  type TownshipStatistics,
} from '@cadre/projections';
import { withoutNulls } from '../../../graphql/without-nulls.js';
import { allRows, townshipNameOf } from '../../document-read-models.js';
import type { SheetKind } from '../excel-document-kind.js';
import { labelOf } from '../labels.js';
import type { ColumnFormat, SheetColumn, SheetRow } from '../sheet-table.js';

interface Figure {
  key: string;
  header: string;
  format: ColumnFormat;
  of: (statistics: TownshipStatistics) => number;
}

const bandCount = (band: string) => (s: TownshipStatistics) =>
  s.committeeAge.bands.find((b) => b.band === band)?.count ?? 0;
const statusCount = (key: string) => (s: TownshipStatistics) =>
  s.committeePoliticalStatus.find((c) => c.key === key)?.count ?? 0;

/** The structure figures of the `statistics` query, as the columns of the organization department's table. */
export const STATISTICS_FIGURES: readonly Figure[] = [
  { key: 'committeeMembers', header: '"两委"干部数', format: 'integer', of: (s) => s.committeeMembers },
  { key: 'partySecretaries', header: '党组织书记', format: 'integer', of: (s) => s.partySecretaries },
  { key: 'female', header: '女性', format: 'integer', of: (s) => s.committeeGender.female },
  { key: 'femaleShare', header: '女性占比', format: 'percent', of: (s) => s.committeeGender.femaleShare },
  { key: 'minority', header: '少数民族', format: 'integer', of: (s) => s.committeeEthnicity.minority },
  { key: 'cpcMembers', header: '中共党员', format: 'integer', of: statusCount('CPC_MEMBER') },
  { key: 'age30', header: '30岁及以下', format: 'integer', of: bandCount('<=30') },
  { key: 'age35', header: '31-35岁', format: 'integer', of: bandCount('31-35') },
  { key: 'age40', header: '36-40岁', format: 'integer', of: bandCount('36-40') },
  { key: 'age45', header: '41-45岁', format: 'integer', of: bandCount('41-45') },
  { key: 'age50', header: '46-50岁', format: 'integer', of: bandCount('46-50') },
  { key: 'age55', header: '51-55岁', format: 'integer', of: bandCount('51-55') },
  { key: 'age56', header: '56岁及以上', format: 'integer', of: bandCount('>=56') },
  { key: 'averageAge', header: '平均年龄', format: 'decimal', of: (s) => s.committeeAge.averageAge },
  {
    key: 'college',
    header: '大专及以上',
    format: 'integer',
    of: (s) => s.committeeEducation.juniorCollegeOrAbove,
  },
  {
    key: 'collegeShare',
    header: '大专及以上占比',
    format: 'percent',
    of: (s) => s.committeeEducation.juniorCollegeOrAboveShare,
  },
  {
    key: 'bachelor',
    header: '本科及以上',
    format: 'integer',
    of: (s) => s.committeeEducation.bachelorOrAbove,
  },
  { key: 'oneShoulder', header: '"一肩挑"比例', format: 'percent', of: (s) => s.oneShoulderShare },
  { key: 'crossHolding', header: '交叉任职比例', format: 'percent', of: (s) => s.crossHoldingShare },
  { key: 'reserveCadres', header: '后备干部', format: 'integer', of: (s) => s.reserveCadres },
  { key: 'trainingCoverage', header: '培训覆盖率', format: 'percent', of: (s) => s.trainingCoverage },
];

const COLUMNS: SheetColumn[] = [
  { key: 'village', header: '村（社区）', width: 14 },
  { key: 'kind', header: '类别', width: 6 },
  ...STATISTICS_FIGURES.map((figure) => ({
    key: figure.key,
    header: figure.header,
    width: figure.format === 'percent' ? 10 : 8,
    format: figure.format,
  })),
];

interface StatisticsParams {
  townshipId?: string;
  /** A village secretary's table: their village only. */
  villageId?: string;
  year?: number;
}

function figuresRow(
  db: ReadModelDatabase,
  scope: StatisticsScope,
  year: number,
  asOf: string,
  first: SheetRow,
): SheetRow {
  const statistics = computeStatistics(loadStatisticsFacts(db, scope), year, asOf);
  const row: SheetRow = { ...first };
  for (const figure of STATISTICS_FIGURES) row[figure.key] = figure.of(statistics);
  return row;
}

/** 村（社区）"两委"干部基本情况统计表: one row per village, the township's total last. */
export const statisticsSheet: SheetKind = {
  kind: 'statistics.xlsx',
  fileStem: '两委干部基本情况统计表',
  read(db, request) {
    const params = request.params as StatisticsParams;
    const year = params.year ?? Number(request.asOf.slice(0, 4));
    const township = withoutNulls({ townshipId: params.townshipId });
    const villages = allRows((page) => listVillages(db, township, page)).filter(
      (village) => !params.villageId || village.villageId === params.villageId,
    );
    const totalScope = params.villageId ? { villageId: params.villageId } : township;
    return {
      tables: [
        {
          name: '统计表',
          title: `${townshipNameOf(db, params.townshipId)}村（社区）"两委"干部基本情况统计表`,
          columns: COLUMNS,
          rows: villages.map((village) =>
            figuresRow(db, { villageId: village.villageId as string }, year, request.asOf, {
              village: village.name as string,
              kind: labelOf('villageKind', village.kind as string),
            }),
          ),
          total: figuresRow(db, totalScope, year, request.asOf, { village: '合计', kind: '' }),
          notes: [`注：培训覆盖率按${year}年度计；比例为占"两委"干部（书记）人数之比。`],
        },
      ],
      disclosed: [],
    };
  },
};
