import type { RecordedEvent } from '@cadre/event-store';
import { describe, expect, it } from 'vitest';
import { happenedBy } from '../src/time-travel/as-of.js';

function eventAt(position: bigint, occurredAt: string): RecordedEvent {
  return {
    streamId: 'cadre-1',
    revision: Number(position),
    position,
    recordedAt: occurredAt,
    type: 'Test',
    data: {},
    metadata: { occurredAt, schemaVersion: 1 },
  } as unknown as RecordedEvent;
}

describe('as of a position', () => {
  it('leaves out events after the position even when they happened before the date', () => {
    const backDated = eventAt(7n, '2026-01-05T00:00:00+08:00');
    expect(happenedBy(backDated, { at: '2026-06-30' })).toBe(true);
    expect(happenedBy(backDated, { at: '2026-06-30', upToPosition: 7n })).toBe(true);
    expect(happenedBy(backDated, { at: '2026-06-30', upToPosition: 6n })).toBe(false);
  });
});
