import { listVillages, type ReadModelDatabase } from '@cadre/projections';
import ExcelJS from 'exceljs';
import { allRows } from '../document-read-models.js';
import { LABELS } from '../excel/labels.js';
import { XLSX_CONTENT_TYPE } from '../excel/write-workbook.js';
import { withPinnedDates } from '../excel/zip-entries.js';
import { IMPORT_COLUMNS } from './roster-columns.js';

/** The row of the headers in the template; rows below it are cadres. */
export const TEMPLATE_HEADER_ROW = 3;

/** The template's files are dated once: the same template always has the same bytes. */
const TEMPLATE_DATE = new Date('2026-01-01T00:00:00+08:00');

/**
 * 花名册导入模板: the columns an import reads (required ones marked ＊), an example row, lists of the allowed
 * values (and of the villages) as drop-downs, and text-formatted cells so that ID numbers keep their digits.
 */
export async function rosterImportTemplate(db: ReadModelDatabase) {
  const villages = allRows((page) => listVillages(db, {}, page)).map((v) => v.name as string);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CadreLedger 干部台账';
  workbook.created = TEMPLATE_DATE;
  workbook.modified = TEMPLATE_DATE;
  workbook.title = '干部花名册导入模板';
  const sheet = workbook.addWorksheet('花名册');
  const lists = workbook.addWorksheet('取值', { state: 'hidden' });
  sheet.columns = IMPORT_COLUMNS.map((column) => ({ width: column.width, style: { numFmt: '@' } }));
  sheet.mergeCells(1, 1, 1, IMPORT_COLUMNS.length);
  sheet.getCell(1, 1).value = '干部花名册导入模板';
  sheet.getCell(1, 1).font = { size: 16, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, IMPORT_COLUMNS.length);
  sheet.getCell(2, 1).value =
    '带＊的列必填；日期写作 yyyy-mm-dd；第4行为示例，导入前请删除。登记日期为空时按导入当天记。';
  sheet.getCell(2, 1).font = { size: 9, color: { argb: 'FF595959' } };
  IMPORT_COLUMNS.forEach((column, index) => {
    const cell = sheet.getCell(TEMPLATE_HEADER_ROW, index + 1);
    cell.value = column.required ? `＊${column.header}` : column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    const example = column.field === 'village' ? (villages[0] ?? '') : column.example;
    sheet.getCell(TEMPLATE_HEADER_ROW + 1, index + 1).value = example;
    const values =
      column.field === 'village' ? villages : column.labels ? Object.values(LABELS[column.labels]) : [];
    if (values.length === 0) return;
    values.forEach((value, row) => {
      lists.getCell(row + 1, index + 1).value = value;
    });
    const letter = lists.getColumn(index + 1).letter;
    for (let row = TEMPLATE_HEADER_ROW + 1; row <= 200; row++) {
      sheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: !column.required,
        formulae: [`取值!$${letter}$1:$${letter}$${values.length}`],
      };
    }
  });
  const written = await workbook.xlsx.writeBuffer();
  const bytes = await withPinnedDates(new Uint8Array(written as ArrayBuffer), TEMPLATE_DATE);
  return { fileName: '干部花名册导入模板.xlsx', contentType: XLSX_CONTENT_TYPE, bytes };
}
