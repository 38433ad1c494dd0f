import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from '../port.js';

export function sampleMetadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  const id = randomUUID();
  return {
    actor: 'user:test',
    occurredAt: '2026-03-01T08:00:00.000Z',
    correlationId: id,
    causationId: id,
    schemaVersion: 1,
    ...overrides,
  };
}

export function sampleEvent(type = 'SomethingHappened', data: unknown = { n: 1 }): NewEvent {
  return { id: randomUUID(), type, data, metadata: sampleMetadata() };
}

export function sampleEvents(count: number, type = 'SomethingHappened'): NewEvent[] {
  return Array.from({ length: count }, (_, n) => sampleEvent(type, { n }));
}
