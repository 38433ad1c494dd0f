import { deterministicUuid } from '@cadre/application';
import { DomainError } from '@cadre/domain';
import { listVillages } from '@cadre/projections';
import type { System } from '../../system.js';
import { allRows } from '../document-read-models.js';
import { codeOf } from '../excel/labels.js';
import { dryRunCommand } from './dry-run-command.js';
import type { SheetRecord } from './read-roster-sheet.js';
import { columnOfField, IMPORT_COLUMNS } from './roster-columns.js';

export interface RowProblem {
  row: number;
  column: string | null;
  field: string | null;
  rule: string;
  messageZh: string;
  messageEn: string;
}

/** A row of the sheet as a RegisterCadre command, and what checking it found. */
export interface CheckedRow {
  row: number;
  commandId: string;
  input: Record<string, unknown>;
  problems: RowProblem[];
  /** Entered by an earlier run of the same file. */
  alreadyWritten: boolean;
}

/** One command id per row of one file: a re-run of the same file is recognised row by row. */
export const rowCommandId = (fileHash: string, row: number) =>
  `roster-import:${fileHash.slice(0, 40)}:${row}`;

/** 1985/6/5 and 1985.06.05 as 1985-06-05; anything else as written (the schema then names it). */
function normalizedDate(text: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : text;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) target[head!] = value;
  else {
    target[head!] ??= {};
    setPath(target[head!] as Record<string, unknown>, rest.join('.'), value);
  }
}

const problem = (row: number, error: DomainError): RowProblem => ({
  row,
  column: columnOfField(error.field),
  field: error.field ?? null,
  rule: error.rule,
  messageZh: error.messages.zh,
  messageEn: error.messages.en,
});

/** The RegisterCadre input a row stands for; a village the ledger does not know is a problem of its own. */
function inputOf(record: SheetRecord, fileHash: string, villageIds: Map<string, string>) {
  const input: Record<string, unknown> = {
    cadreId: deterministicUuid('roster-import', fileHash, String(record.row)),
    profile: {},
  };
  const problems: RowProblem[] = [];
  for (const column of IMPORT_COLUMNS) {
    const text = record.cells[column.header];
    if (text === undefined) continue;
    if (column.field === 'village') {
      const villageId = villageIds.get(text);
      if (villageId) input.villageId = villageId;
      else
        problems.push(
          problem(
            record.row,
            new DomainError(
              'BAD_USER_INPUT',
              'VILLAGE_NOT_FOUND',
              { zh: `台账中没有名为“${text}”的村（社区）`, en: `The ledger has no village named "${text}"` },
              'villageId',
            ),
          ),
        );
      continue;
    }
    let value = column.date ? normalizedDate(text) : text;
    if (column.labels) value = codeOf(column.labels, value) ?? value;
    if (column.field === 'profile.idNumber') value = value.toUpperCase();
    setPath(input, column.field, value);
  }
  return { input, problems };
}

/**
 * Checks every row of a sheet as the command bus would check its RegisterCadre command (schema, business
 * date, the rules of `decide` against the ledger as it is), and that no two rows share an ID number.
 */
export async function checkRosterRows(
  system: System,
  records: readonly SheetRecord[],
  fileHash: string,
  actor: string,
): Promise<CheckedRow[]> {
  const villageIds = new Map(
    allRows((page) => listVillages(system.readModels, {}, page)).map((v) => [
      v.name as string,
      v.villageId as string,
    ]),
  );
  const firstRowOfIdNumber = new Map<string, number>();
  const checked: CheckedRow[] = [];
  for (const record of records) {
    const commandId = rowCommandId(fileHash, record.row);
    const { input, problems } = inputOf(record, fileHash, villageIds);
    let alreadyWritten = false;
    if (problems.length === 0) {
      try {
        ({ alreadyWritten } = await dryRunCommand(system.store, 'RegisterCadre', input, {
          commandId,
          actor,
          now: system.now(),
        }));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        problems.push(problem(record.row, error));
      }
    }
    const idNumber = (input.profile as { idNumber?: string }).idNumber;
    if (idNumber) {
      const first = firstRowOfIdNumber.get(idNumber);
      if (first === undefined) firstRowOfIdNumber.set(idNumber, record.row);
      else
        problems.push(
          problem(
            record.row,
            new DomainError(
              'BAD_USER_INPUT',
              'ID_NUMBER_REPEATED_IN_FILE',
              {
                zh: `身份证号与第 ${first} 行重复`,
                en: `The ID number repeats the one in row ${first}`,
              },
              'profile.idNumber',
            ),
          ),
        );
    }
    checked.push({ row: record.row, commandId, input, problems, alreadyWritten });
  }
  return checked;
}
