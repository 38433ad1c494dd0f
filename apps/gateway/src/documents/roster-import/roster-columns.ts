import type { LabelSet } from '../excel/labels.js';

/** A column of the roster import: its header, where it goes in RegisterCadre's input, how it is read. */
export interface ImportColumn {
  header: string;
  /** A dotted path in the input (`profile.idNumber`); `village` is looked up by name. */
  field: string;
  required: boolean;
  /** Cells hold one of these labels (or the code itself). */
  labels?: LabelSet;
  date?: boolean;
  example: string;
  width: number;
}

/** The template's columns, in order; an import finds them by header, in any order. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { header: '姓名', field: 'profile.name', required: true, example: '张三', width: 10 },
  { header: '性别', field: 'profile.gender', required: true, labels: 'gender', example: '男', width: 6 },
  { header: '民族', field: 'profile.ethnicity', required: false, example: '汉族', width: 8 },
  {
    header: '出生日期',
    field: 'profile.birthDate',
    required: true,
    date: true,
    example: '1985-06-15',
    width: 12,
  },
  { header: '身份证号', field: 'profile.idNumber', required: true, example: '110101198506150011', width: 21 },
  { header: '手机号', field: 'profile.phone', required: false, example: '13800138000', width: 14 },
  {
    header: '政治面貌',
    field: 'profile.politicalStatus',
    required: false,
    labels: 'politicalStatus',
    example: '中共党员',
    width: 12,
  },
  {
    header: '学历',
    field: 'profile.educationLevel',
    required: true,
    labels: 'educationLevel',
    example: '大专',
    width: 12,
  },
  { header: '籍贯', field: 'profile.nativePlace', required: false, example: '浙江杭州', width: 12 },
  { header: '村（社区）', field: 'village', required: true, example: '', width: 14 },
  {
    header: '登记日期',
    field: 'registeredOn',
    required: false,
    date: true,
    example: '2026-01-05',
    width: 12,
  },
];

/** The column an input field is read from, for a problem's report. */
export function columnOfField(field: string | undefined): string | null {
  if (!field) return null;
  if (field === 'villageId') return '村（社区）';
  const column = IMPORT_COLUMNS.find((c) => field === c.field || field.startsWith(`${c.field}.`));
  return column?.header ?? null;
}
