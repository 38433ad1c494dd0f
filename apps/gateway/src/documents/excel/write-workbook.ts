import ExcelJS from 'exceljs';
import { type DocumentStamp, encodeDocumentRequest } from '../document-kind.js';
import { provenanceLine, provenanceStamp } from '../provenance.js';
import { asOfTitle } from './labels.js';
import type { SheetColumn, SheetRow, SheetTable } from './sheet-table.js';
import { withPinnedDates } from './zip-entries.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
const FONT = '宋体';
const NUMBER_FORMATS = { integer: '0', decimal: '0.0', percent: '0.00%' } as const;

/** The moment a document stands at: the start of its as-of day in China time (the zip's and the properties' date). */
export const documentDate = (asOf: string) => new Date(`${asOf}T00:00:00+08:00`);

function addTable(workbook: ExcelJS.Workbook, table: SheetTable, stamp: DocumentStamp) {
  const width = table.columns.length;
  const sheet = workbook.addWorksheet(table.name, {
    pageSetup: {
      paperSize: 9,
      orientation: width > 8 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter: `&L&8${provenanceLine(stamp.provenance)}&R&8第 &P 页，共 &N 页`,
    },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  sheet.columns = table.columns.map((column) => ({ key: column.key, width: column.width }));

  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.value = table.title;
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, width);
  const asOf = sheet.getCell(2, 1);
  asOf.value = asOfTitle(stamp.request.asOf);
  asOf.font = { name: FONT, size: 11 };
  asOf.alignment = { horizontal: 'right' };

  const header = sheet.getRow(3);
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 32;

  const writeRow = (values: SheetRow, bold: boolean) => {
    const row = sheet.addRow(table.columns.map((column) => values[column.key] ?? null));
    table.columns.forEach((column: SheetColumn, index) => {
      const cell = row.getCell(index + 1);
      cell.border = BORDER;
      cell.font = { name: FONT, size: 10, bold };
      if (bold) cell.fill = TOTAL_FILL;
      const format = column.format ?? 'text';
      if (format !== 'text') {
        cell.numFmt = NUMBER_FORMATS[format];
        cell.alignment = { horizontal: 'right' };
      } else cell.alignment = { vertical: 'middle', wrapText: true };
    });
  };
  for (const row of table.rows) writeRow(row, false);
  if (table.total) writeRow(table.total, true);

  sheet.addRow([]);
  const small = { name: FONT, size: 8, color: { argb: 'FF595959' } };
  for (const line of [
    ...(table.notes ?? []),
    provenanceLine(stamp.provenance),
    provenanceStamp(stamp.provenance),
    encodeDocumentRequest(stamp.request),
  ]) {
    const row = sheet.addRow([line]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = small;
  }
}

/**
 * The workbook of a document: its tables styled as an office prints them, the provenance and the request
 * in every sheet's footer and last lines and in the workbook's properties (keywords: the stamp;
 * description: the request). Every date inside is the as-of day's, so the same stamp gives the same bytes.
 */
export async function writeWorkbook(tables: SheetTable[], stamp: DocumentStamp): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const date = documentDate(stamp.request.asOf);
  workbook.creator = 'CadreLedger 干部台账';
  workbook.lastModifiedBy = 'CadreLedger 干部台账';
  workbook.created = date;
  workbook.modified = date;
  workbook.title = tables[0]?.title ?? '';
  workbook.subject = asOfTitle(stamp.request.asOf);
  workbook.keywords = provenanceStamp(stamp.provenance);
  workbook.description = encodeDocumentRequest(stamp.request);
  workbook.category = stamp.request.kind;
  for (const table of tables) addTable(workbook, table, stamp);
  const written = await workbook.xlsx.writeBuffer();
  return withPinnedDates(new Uint8Array(written as ArrayBuffer), date);
}
