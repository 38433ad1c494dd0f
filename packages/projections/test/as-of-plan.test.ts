import { describe, expect, it } from 'vitest';
import { chainedOutlines, planAsOf, type SnapshotOutline } from '../src/index.js';

/** Outlines of snapshots every `every` events over the given business times (recorded = business + 1). */
function outlinesOver(times: number[], every: number): SnapshotOutline[] {
  const outlines: SnapshotOutline[] = [];
  for (let revision = every; revision <= times.length; revision += every) {
    const block = times.slice(revision - every, revision);
    outlines.push({
      revision,
      latestOccurred: Math.max(...times.slice(0, revision)),
      latestRecorded: Math.max(...times.slice(0, revision)) + 1,
      blockOccurred: block,
      blockRecorded: block.map((t) => t + 1),
    });
  }
  return outlines;
}

describe('planning an as-of question', () => {
  const inOrder = [10, 20, 30, 40, 50, 60, 70, 80];

  it('starts from the latest snapshot that happened by then and folds the run after it', () => {
    const plan = planAsOf(outlinesOver(inOrder, 3), [70, 80], 'OCCURRED', 50);
    expect(plan).toEqual({ from: 3, runs: [{ start: 3, end: 5 }], eventCount: 5 });
  });

  it('takes the events after the last snapshot from its tail, in a run of their own', () => {
    const plan = planAsOf(outlinesOver(inOrder, 3), [70, 80], 'OCCURRED', 75);
    expect(plan).toEqual({
      from: 6,
      runs: [{ start: 6, end: 7 }],
      eventCount: 7,
    });
    // Revision 4 happened at 90: from 3, the run of 5 goes on into the tail but is cut where the tail begins.
    const spanning = planAsOf(outlinesOver([10, 20, 30, 40, 90, 50], 3), [60, 95], 'OCCURRED', 65);
    expect(spanning).toEqual({
      from: 3,
      runs: [
        { start: 3, end: 4 },
        { start: 5, end: 6 },
        { start: 6, end: 7 },
      ],
      eventCount: 6,
    });
  });

  it('does not start from a snapshot that includes a later event, and finds late entries anywhere', () => {
    // Revision 1 happened at 90 (so no snapshot covers only the past before 90); revisions 5 and 7 are late.
    const times = [10, 90, 30, 40, 50, 15, 70, 20];
    const plan = planAsOf(outlinesOver(times.slice(0, 6), 3), [70, 20], 'OCCURRED', 35);
    expect(plan).toEqual({
      from: 0,
      runs: [
        { start: 0, end: 1 },
        { start: 2, end: 3 },
        { start: 5, end: 6 },
        { start: 7, end: 8 },
      ],
      eventCount: 4,
    });
  });

  it('reads the recorded clock for RECORDED questions', () => {
    const outlines = outlinesOver(inOrder, 4);
    expect(planAsOf(outlines, [], 'RECORDED', 40).eventCount).toBe(3);
    expect(planAsOf(outlines, [], 'OCCURRED', 40).eventCount).toBe(4);
    expect(planAsOf(outlines, [], 'RECORDED', 41)).toEqual({ from: 4, runs: [], eventCount: 4 });
  });

  it('answers nothing for an instant that cannot be read', () => {
    expect(planAsOf(outlinesOver(inOrder, 3), [70, 80], 'OCCURRED', Number.NaN)).toEqual({
      from: 0,
      runs: [],
      eventCount: 0,
    });
  });

  it('keeps only the snapshots that chain from the first event without a gap', () => {
    const outlines = outlinesOver(inOrder, 2);
    expect(chainedOutlines(outlines).map((o) => o.revision)).toEqual([2, 4, 6, 8]);
    const withoutSecond = outlines.filter((o) => o.revision !== 4);
    expect(chainedOutlines(withoutSecond).map((o) => o.revision)).toEqual([2]);
    const lopsided = [{ ...outlines[0]!, blockRecorded: [1] }];
    expect(chainedOutlines(lopsided)).toEqual([]);
  });
});
