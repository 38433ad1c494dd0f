import { townshipNameOf, villageNames } from '../../document-read-models.js';
import type { SheetKind } from '../excel-document-kind.js';
import { labelOf } from '../labels.js';
import type { SheetColumn } from '../sheet-table.js';
import { type CadreListParams, MASKED_NOTE, maskedCadres } from './cadre-rows.js';

const COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', width: 6, format: 'integer' },
  { key: 'village', header: '村（社区）', width: 14 },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'gender', header: '性别', width: 6 },
  { key: 'birthDate', header: '出生日期', width: 12 },
  { key: 'age', header: '年龄', width: 6, format: 'integer' },
  { key: 'idNumber', header: '身份证号', width: 21 },
  { key: 'phone', header: '手机号', width: 14 },
  { key: 'politicalStatus', header: '政治面貌', width: 12 },
  { key: 'educationLevel', header: '学历', width: 12 },
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
    const { cadres, disclosed } = maskedCadres(db, params, request.asOf, audience);
    const rows = cadres.map((cadre, index) => ({
      seq: index + 1,
      village: villages.get(cadre.reserve?.villageId ?? '') ?? '',
      name: cadre.name,
      gender: labelOf('gender', cadre.gender),
      birthDate: cadre.birthDate,
      age: cadre.age,
      idNumber: cadre.idNumber ?? '',
      phone: cadre.phone ?? '',
      politicalStatus: labelOf('politicalStatus', cadre.politicalStatus),
      educationLevel: labelOf('educationLevel', cadre.educationLevel),
      source: labelOf('reserveSource', cadre.reserve?.source),
      tier: cadre.reserve?.tier ?? null,
      enlistedOn: cadre.reserve?.enlistedOn ?? '',
      mentor: cadre.reserve?.mentors?.townshipLeader ?? '',
    }));
    const scope = params.villageId ? (villages.get(params.villageId) ?? '') : townshipNameOf(db);
    const masked = disclosed.length < cadres.filter((c) => c.idNumber || c.phone).length;
    return {
      tables: [
        {
          name: '后备干部',
          title: `${scope}村（社区）后备干部库`,
          columns: COLUMNS,
          rows,
          ...(masked ? { notes: [MASKED_NOTE] } : {}),
        },
      ],
      disclosed,
    };
  },
};
