/** How a column's cells are written: text, a whole number, a decimal, or a share shown as a percentage. */
export type ColumnFormat = 'text' | 'integer' | 'decimal' | 'percent';

export interface SheetColumn {
  key: string;
  header: string;
  /** Width in characters. */
  width: number;
  format?: ColumnFormat;
}

export type CellValue = string | number | null;
export type SheetRow = Record<string, CellValue>;

/** One worksheet of a document: a titled table, optionally closed by a total row. */
export interface SheetTable {
  /** The worksheet's tab (at most 31 characters). */
  name: string;
  /** The table's heading, above the 截至 line. */
  title: string;
  columns: SheetColumn[];
  rows: SheetRow[];
  total?: SheetRow;
  /** Lines printed under the table before the provenance (e.g. what was masked). */
  notes?: string[];
}

/** What a sheet kind reads from the read models: its tables, and whose personal data they show in clear. */
export interface SheetContent {
  tables: SheetTable[];
  disclosed: Array<{ cadreId: string; fields: Array<'idNumber' | 'phone'> }>;
}
