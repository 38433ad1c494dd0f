import type { ExpectedRevision } from './port.js';

/** Whether a stream whose last revision is `current` (-1: no stream) is where the writer expected it. */
export function isExpectedRevision(expected: ExpectedRevision, current: number): boolean {
  return expected === 'any' || (expected === 'no_stream' && current === -1) || expected === current;
}
