import type { RecordedEvent } from '@cadre/event-store';

/**
 * How many of the events waiting the next slice takes: at most `size`, and never a part of a command (the
 * events one command wrote are stored one after another with its id), so a read between two slices sees
 * every command whole or not at all. Events without a command id go together.
 */
export function sliceLength(pending: readonly RecordedEvent[], size: number): number {
  let end = Math.min(Math.max(1, size), pending.length);
  while (end < pending.length && pending[end]!.metadata.commandId === pending[end - 1]!.metadata.commandId)
    end++;
  return end;
}

/**
 * Sizes the live runner's slices so that applying one holds the event loop about `budgetMs`: from the
 * cost per event of the slices applied, remembering a costly one for a while (a registration costs many
 * talks), between one event and `max`.
 */
export class SliceSizer {
  private costPerEvent = 0;

  constructor(
    private readonly budgetMs: number,
    private readonly max: number,
  ) {}

  get size(): number {
    // nothing measured yet: one command first, then as many as its cost tells
    if (this.costPerEvent === 0) return 1;
    return Math.min(this.max, Math.max(1, Math.floor(this.budgetMs / this.costPerEvent)));
  }

  record(events: number, ms: number): void {
    this.costPerEvent = Math.max(ms / Math.max(1, events), this.costPerEvent * DECAY);
  }
}

/** The share of the costliest recent cost per event still assumed after each slice. */
const DECAY = 0.8;
