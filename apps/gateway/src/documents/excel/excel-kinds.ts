import { registerDocumentKind } from '../document-kind.js';
import { type ExcelDocumentKind, excelDocumentKind } from './excel-document-kind.js';
import { honorsSheet } from './kinds/honors-sheet.js';
import { pledgesSheet } from './kinds/pledges-sheet.js';
import { reservePoolSheet } from './kinds/reserve-pool-sheet.js';
import { rosterSheet } from './kinds/roster-sheet.js';
import { statisticsSheet } from './kinds/statistics-sheet.js';
import { trainingsSheet } from './kinds/trainings-sheet.js';

/** The spreadsheets by the GraphQL `SpreadsheetKind`, registered as document kinds (verifyDocument finds them). */
export const SPREADSHEETS = {
  ROSTER: excelDocumentKind(rosterSheet),
  RESERVE_POOL: excelDocumentKind(reservePoolSheet),
  TRAININGS: excelDocumentKind(trainingsSheet),
  PLEDGES: excelDocumentKind(pledgesSheet),
  HONORS: excelDocumentKind(honorsSheet),
  STATISTICS: excelDocumentKind(statisticsSheet),
} as const satisfies Record<string, ExcelDocumentKind>;

export type SpreadsheetKind = keyof typeof SPREADSHEETS;

for (const kind of Object.values(SPREADSHEETS)) registerDocumentKind(kind);
