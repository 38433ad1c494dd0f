import { createHash } from 'node:crypto';
import type { System } from '../../system.js';
import { uploadedBytes } from '../uploaded-file.js';
import { type CheckedRow, checkRosterRows, type RowProblem } from './check-roster-rows.js';
import { readRosterSheet } from './read-roster-sheet.js';

export type RosterImportStatus = 'CHECKED' | 'REFUSED' | 'RUNNING' | 'DONE' | 'FAILED';

/** An import as GraphQL answers it (and as a client polls it while it runs). */
export interface RosterImport {
  id: string;
  status: RosterImportStatus;
  rows: number;
  validRows: number;
  done: number;
  alreadyWritten: number;
  progress: number;
  problems: RowProblem[];
}

/** How many imports' progress is kept (a township imports a few files a year). */
const KEPT_IMPORTS = 50;

/** Imports seen since the gateway started, by file hash (the latest run of each file). */
const imports = new WeakMap<System, Map<string, RosterImport>>();
const importsOf = (system: System) => {
  const known = imports.get(system) ?? new Map<string, RosterImport>();
  imports.set(system, known);
  return known;
};

interface Checked {
  report: RosterImport;
  rows: CheckedRow[];
}

/** Reads and checks a sheet (base64): the report, and each row as a command. Writes nothing. */
async function check(system: System, base64: string, actor: string): Promise<Checked> {
  const bytes = uploadedBytes(base64);
  const id = createHash('sha256').update(bytes).digest('hex');
  const rows = await checkRosterRows(system, await readRosterSheet(bytes), id, actor);
  const valid = rows.filter((row) => row.problems.length === 0);
  const alreadyWritten = valid.filter((row) => row.alreadyWritten).length;
  return {
    rows,
    report: {
      id,
      status: 'CHECKED',
      rows: rows.length,
      validRows: valid.length,
      done: alreadyWritten,
      alreadyWritten,
      progress: valid.length === 0 ? 0 : alreadyWritten / valid.length,
      problems: rows.flatMap((row) => row.problems),
    },
  };
}

export async function checkRosterImport(
  system: System,
  base64: string,
  actor: string,
): Promise<RosterImport> {
  return (await check(system, base64, actor)).report;
}

export function rosterImportById(system: System, id: string): RosterImport | null {
  return importsOf(system).get(id) ?? null;
}

/**
 * Enters the valid rows of a sheet one command after another, in the background: the answer (status
 * RUNNING) comes at once and is the object `rosterImport` answers, updated as rows go in. With problems
 * and without `onlyValidRows` nothing is written (REFUSED). A row entered by an earlier run is answered
 * as a duplicate by the bus (its command id is the same), so a re-run writes nothing twice.
 */
export async function importRoster(
  system: System,
  base64: string,
  { actor, onlyValidRows }: { actor: string; onlyValidRows: boolean },
): Promise<RosterImport> {
  const known = importsOf(system);
  const { report, rows } = await check(system, base64, actor);
  const running = known.get(report.id);
  if (running?.status === 'RUNNING') return running;
  if (report.problems.length > 0 && !onlyValidRows) return { ...report, status: 'REFUSED' };
  const job: RosterImport = { ...report, status: 'RUNNING', done: 0, alreadyWritten: 0, progress: 0 };
  known.delete(job.id);
  known.set(job.id, job);
  // the latest imports are enough to follow: the oldest goes first
  if (known.size > KEPT_IMPORTS) known.delete(known.keys().next().value!);
  const valid = rows.filter((row) => row.problems.length === 0);
  void (async () => {
    try {
      let position = 0n;
      for (const row of valid) {
        const result = await system.bus.execute('RegisterCadre', row.input, {
          commandId: row.commandId,
          actor,
        });
        if (result.position > position) position = result.position;
        if (result.duplicate) job.alreadyWritten++;
        job.done++;
        job.progress = job.done / valid.length;
      }
      await system.runner.waitFor(position);
      job.progress = 1;
      job.status = 'DONE';
    } catch {
      // what was entered stays entered; the same file again enters the rest
      job.status = 'FAILED';
    }
  })();
  return job;
}
