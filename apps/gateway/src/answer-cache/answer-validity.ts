import { chinaDate } from '@cadre/domain';
import type { ReadScope } from '@cadre/projections';
import type { VersionSnapshot } from './table-versions.js';

/** Where the read models stood when an answer's execution began. */
export interface AnswerMoment {
  /** The day in China: ages and "this year" move at midnight. */
  day: string;
  /** The events every read model has applied. */
  checkpoint: bigint;
  tables: VersionSnapshot;
}

/**
 * What a kept answer depends on: the day, the versions of the tables its execution read as they were
 * when it began (a table written meanwhile has moved on, so the answer is never served), and, for one
 * that read the events as a whole, the checkpoint.
 */
export interface AnswerValidity {
  day: string;
  epoch: number;
  checkpoint?: bigint;
  tables: ReadonlyArray<readonly [string, number]>;
}

export function momentOf(now: Date, checkpoint: bigint, tables: VersionSnapshot): AnswerMoment {
  return { day: chinaDate(now), checkpoint, tables };
}

/** Undefined when the answer must not be kept. An execution that read no table at all holds until the next event. */
export function validityOf(start: AnswerMoment, reads: ReadScope): AnswerValidity | undefined {
  if (reads.uncacheable) return undefined;
  const tables = [...reads.tables].map((table) => [table, start.tables.versions.get(table) ?? -1] as const);
  return {
    day: start.day,
    epoch: start.tables.epoch,
    ...(reads.everyEvent || tables.length === 0 ? { checkpoint: start.checkpoint } : {}),
    tables,
  };
}

export function holdsAt(validity: AnswerValidity, now: AnswerMoment): boolean {
  if (validity.day !== now.day || validity.epoch !== now.tables.epoch) return false;
  if (validity.checkpoint !== undefined && validity.checkpoint !== now.checkpoint) return false;
  for (const [table, version] of validity.tables)
    if (now.tables.versions.get(table) !== version) return false;
  return true;
}
