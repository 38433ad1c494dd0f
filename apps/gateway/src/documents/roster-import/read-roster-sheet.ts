import { DomainError } from '@cadre/domain';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from './roster-columns.js';

/** One filled row of an imported sheet: its number as Excel shows it, and its cells by column header. */
export interface SheetRecord {
  row: number;
  cells: Record<string, string>;
}

/** At most this many cadres in one file (a township's roster is a few hundred). */
export const MAX_IMPORT_ROWS = 2000;

const headerText = (value: string) => value.replace(/^[＊*]/, '').trim();

const datePart = (date: Date) => date.toISOString().slice(0, 10);

/** A cell as text: dates as yyyy-mm-dd, rich text joined, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return datePart(value);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    return '';
  }
  return String(value).trim();
}

const refuse = (rule: string, zh: string, en: string): never => {
  throw new DomainError('BAD_USER_INPUT', rule, { zh, en }, 'file');
};

/**
 * The rows of a roster sheet: the first worksheet with the template's headers (in any order, within its
 * first five rows), down to the first empty row after them (so an exported roster reads as well). Not an .xlsx (FILE_NOT_XLSX), no such headers (WRONG_TEMPLATE, naming the missing
 * ones), nothing below them (NO_ROWS) or too many rows (TOO_MANY_ROWS) is refused.
 */
export async function readRosterSheet(bytes: Uint8Array): Promise<SheetRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    refuse(
      'FILE_NOT_XLSX',
      '文件不是有效的 Excel（.xlsx）文件',
      'The file is not a valid Excel (.xlsx) workbook',
    );
  }
  let missing: string[] = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header);
  for (const sheet of workbook.worksheets) {
    for (let headerRow = 1; headerRow <= Math.min(5, sheet.rowCount); headerRow++) {
      const positions = new Map<string, number>();
      sheet.getRow(headerRow).eachCell((cell, column) => {
        positions.set(headerText(cellText(cell.value)), column);
      });
      const absent = IMPORT_COLUMNS.filter((c) => c.required && !positions.has(c.header)).map(
        (c) => c.header,
      );
      if (absent.length > 0) {
        if (positions.size > 0 && absent.length < missing.length) missing = absent;
        continue;
      }
      const records: SheetRecord[] = [];
      for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
        const cells: Record<string, string> = {};
        for (const column of IMPORT_COLUMNS) {
          const at = positions.get(column.header);
          const text = at === undefined ? '' : cellText(sheet.getRow(row).getCell(at).value);
          if (text !== '') cells[column.header] = text;
        }
        if (Object.keys(cells).length > 0) records.push({ row, cells });
        // the table ends at its first empty row: what follows (an export's notes and stamp) is not a cadre
        else if (records.length > 0) break;
      }
      if (records.length === 0) refuse('NO_ROWS', '表中没有干部数据行', 'The sheet has no rows of cadres');
      if (records.length > MAX_IMPORT_ROWS)
        refuse(
          'TOO_MANY_ROWS',
          `一次最多导入 ${MAX_IMPORT_ROWS} 行`,
          `At most ${MAX_IMPORT_ROWS} rows can be imported at once`,
        );
      return records;
    }
  }
  return refuse(
    'WRONG_TEMPLATE',
    `不是花名册导入模板：缺少列 ${missing.join('、')}`,
    `Not the roster import template: missing the columns ${missing.join(', ')}`,
  );
}
