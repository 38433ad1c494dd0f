import type { AnyCommandDefinition } from './aggregate.js';
import { ensureNotInFuture } from './shared/business-date.js';
import { chinaDate } from './shared/dates.js';
import { parseInput } from './shared/validation.js';

/** A command's validated input and its business date. */
export interface PreparedCommand {
  input: Record<string, unknown>;
  /** When the fact happened (yyyy-mm-dd): never after today. */
  occurredOn: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The input as given, with `date` (yyyy-mm-dd) as its business date when it names none. */
export function withBusinessDate(definition: AnyCommandDefinition, input: unknown, date: string): unknown {
  if (!isRecord(input) || input[definition.occurredOn] !== undefined) return input;
  return { ...input, [definition.occurredOn]: date };
}

/** Validates a command's input and reads its business date, which may not lie after today. */
export function prepareCommand(definition: AnyCommandDefinition, input: unknown, now: Date): PreparedCommand {
  const parsed = parseInput(definition.input, withBusinessDate(definition, input, chinaDate(now))) as Record<
    string,
    unknown
  >;
  const occurredOn = parsed[definition.occurredOn] as string;
  ensureNotInFuture(occurredOn, definition.occurredOn, now);
  return { input: parsed, occurredOn };
}

/** The instant a business date stands for in event metadata: its start in China time (UTC+8). */
export const occurredAtOf = (date: string): string => new Date(`${date}T00:00:00+08:00`).toISOString();
