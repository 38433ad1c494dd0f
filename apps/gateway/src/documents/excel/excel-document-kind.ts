import type { ReadModelDatabase } from '@cadre/projections';
import type { PersonalSubject } from '../../access/personal-data-in-ledger.js';
import type { Principal } from '../../access/roles.js';
import type { System } from '../../system.js';
import type { DocumentKind, DocumentRequest, DocumentStamp, RenderedDocument } from '../document-kind.js';
import { audienceOf, withReadModelsAt } from '../document-read-models.js';
import { readExcelStamp } from './read-excel-stamp.js';
import type { SheetContent } from './sheet-table.js';
import { writeWorkbook, XLSX_CONTENT_TYPE } from './write-workbook.js';

/** A spreadsheet a list page exports: what it reads from the read models as they stood. */
export interface SheetKind {
  /** The registry's name, e.g. `roster.xlsx`. */
  kind: string;
  /** The file name before the date, e.g. 干部花名册. */
  fileStem: string;
  /** The tables, masked for the audience (`audience` is whose view of personal data they show). */
  read(db: ReadModelDatabase, request: DocumentRequest, audience: Principal): SheetContent;
}

/** A rendered sheet, and whose personal data it shows in clear (logged when it is handed out). */
export interface RenderedSheet extends RenderedDocument {
  disclosed: PersonalSubject[];
}

export interface ExcelDocumentKind extends DocumentKind {
  render(system: System, stamp: DocumentStamp): Promise<RenderedSheet>;
}

export function excelDocumentKind(sheet: SheetKind): ExcelDocumentKind {
  return {
    kind: sheet.kind,
    async render(system, stamp) {
      const content = await withReadModelsAt(system, stamp, (db) =>
        sheet.read(db, stamp.request, audienceOf(stamp.request)),
      );
      return {
        fileName: `${sheet.fileStem}-${stamp.request.asOf}.xlsx`,
        contentType: XLSX_CONTENT_TYPE,
        bytes: await writeWorkbook(content.tables, stamp),
        disclosed: content.disclosed,
      };
    },
    readStamp(bytes) {
      const stamp = readExcelStamp(bytes);
      return stamp?.request.kind === sheet.kind ? stamp : null;
    },
  };
}
