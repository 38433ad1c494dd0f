import type { CadreRole } from '@cadre/projections';
import { townshipNameOf, villageNames } from '../../document-read-models.js';
import type { SheetKind } from '../excel-document-kind.js';
import { labelOf } from '../labels.js';
import type { SheetColumn } from '../sheet-table.js';
import { type CadreListParams, MASKED_NOTE, maskedCadres } from './cadre-rows.js';

const ROLE_TITLES: Record<CadreRole, string> = {
  COMMITTEE_MEMBER: '村（社区）"两委"干部花名册',
  PARTY_SECRETARY: '村（社区）党组织书记花名册',
  RESERVE: '村（社区）后备干部花名册',
};

const COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', width: 6, format: 'integer' },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'gender', header: '性别', width: 6 },
  { key: 'ethnicity', header: '民族', width: 8 },
  { key: 'birthDate', header: '出生日期', width: 12 },
  { key: 'age', header: '年龄', width: 6, format: 'integer' },
  { key: 'idNumber', header: '身份证号', width: 21 },
  { key: 'phone', header: '手机号', width: 14 },
  { key: 'politicalStatus', header: '政治面貌', width: 12 },
  { key: 'educationLevel', header: '学历', width: 12 },
  { key: 'village', header: '村（社区）', width: 14 },
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
    const { cadres, disclosed } = maskedCadres(db, params, request.asOf, audience);
    const rows = cadres.map((cadre, index) => ({
      seq: index + 1,
      name: cadre.name,
      gender: labelOf('gender', cadre.gender),
      ethnicity: cadre.ethnicity,
      birthDate: cadre.birthDate,
      age: cadre.age,
      idNumber: cadre.idNumber ?? '',
      phone: cadre.phone ?? '',
      politicalStatus: labelOf('politicalStatus', cadre.politicalStatus),
      educationLevel: labelOf('educationLevel', cadre.educationLevel),
      village: villages.get(cadre.villageId ?? '') ?? '',
      posts: cadre.posts
        .map((post) => `${labelOf('committee', post.committee)}${labelOf('position', post.position)}`)
        .join('、'),
      reserve: cadre.reserve ? '是' : '',
    }));
    const scope = params.villageId ? (villages.get(params.villageId) ?? '') : townshipNameOf(db);
    const masked = disclosed.length < cadres.filter((c) => c.idNumber || c.phone).length;
    return {
      tables: [
        {
          name: '花名册',
          title: `${scope}${params.role ? ROLE_TITLES[params.role] : '村（社区）干部花名册'}`,
          columns: COLUMNS,
          rows,
          ...(masked ? { notes: [MASKED_NOTE] } : {}),
        },
      ],
      disclosed,
    };
  },
};
