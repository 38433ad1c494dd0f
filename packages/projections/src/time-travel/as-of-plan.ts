import type { TimeBasis } from './as-of.js';
import type { SnapshotOutline } from './snapshot-fold.js';

/** Revisions [start, end) of one stream. */
export interface RevisionRun {
  start: number;
  end: number;
}

/** How to answer one as-of question: a snapshot to start from, then the events to fold onto it. */
export interface AsOfPlan {
  /** The revision of the snapshot to start from; 0 starts from the aggregate's initial state. */
  from: number;
  /** The later events that happened by the instant, in runs of consecutive revisions, none spanning `stored`. */
  runs: RevisionRun[];
  eventCount: number;
}

/**
 * The leading snapshots whose blocks chain from revision 0 without a gap: between them they give the
 * time of every event up to the last one. A snapshot after a gap cannot say what happened in the gap.
 */
export function chainedOutlines<Outline extends SnapshotOutline>(outlines: readonly Outline[]): Outline[] {
  const chained: Outline[] = [];
  let revision = 0;
  for (const outline of outlines) {
    const size = outline.revision - revision;
    if (size <= 0 || outline.blockOccurred.length !== size || outline.blockRecorded.length !== size) break;
    chained.push(outline);
    revision = outline.revision;
  }
  return chained;
}

/**
 * Plans an as-of question from chained snapshot outlines and the times of the events stored after the last
 * of them (the tail). It starts from the latest snapshot all of whose events happened by the instant, and
 * folds every later event that did too: usually the run up to the instant, plus any late entries.
 */
export function planAsOf(
  outlines: readonly SnapshotOutline[],
  tailTimes: readonly number[],
  basis: TimeBasis,
  instant: number,
): AsOfPlan {
  const latest = (o: SnapshotOutline) => (basis === 'RECORDED' ? o.latestRecorded : o.latestOccurred);
  const block = (o: SnapshotOutline) => (basis === 'RECORDED' ? o.blockRecorded : o.blockOccurred);
  // Prefix maxima never decrease, so the snapshots to start from are a prefix of the list.
  let base = -1;
  while (base + 1 < outlines.length && latest(outlines[base + 1]!) <= instant) base++;
  const from = outlines[base]?.revision ?? 0;
  const stored = outlines.at(-1)?.revision ?? 0;

  const runs: RevisionRun[] = [];
  let eventCount = from;
  const take = (revision: number, time: number) => {
    if (!(time <= instant)) return; // written so that an unreadable (NaN) instant takes nothing
    eventCount++;
    const last = runs.at(-1);
    if (last && last.end === revision && revision !== stored) last.end++;
    else runs.push({ start: revision, end: revision + 1 });
  };
  for (const outline of outlines.slice(base + 1)) {
    const times = block(outline);
    const start = outline.revision - times.length;
    for (const [i, time] of times.entries()) take(start + i, time);
  }
  for (const [i, time] of tailTimes.entries()) take(stored + i, time);
  return { from, runs, eventCount };
}
