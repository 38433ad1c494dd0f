import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@cadre/event-store';
import { sampleMetadata } from '@cadre/event-store/testing';

const DAY = 86_400_000;

/** Day n after 2020-01-01 (n may be negative), as yyyy-mm-dd. */
export function dayOf(n: number): string {
  return new Date(Date.UTC(2020, 0, 1) + n * DAY).toISOString().slice(0, 10);
}

export function registered(cadreId: string): NewEvent {
  return {
    id: randomUUID(),
    type: 'CadreRegistered',
    data: {
      cadreId,
      profile: {
        name: '张三',
        gender: 'FEMALE',
        ethnicity: '汉族',
        birthDate: '1949-12-31',
        idNumber: '11010519491231002X',
        politicalStatus: 'CPC_MEMBER',
        educationLevel: 'BACHELOR',
      },
    },
    metadata: sampleMetadata({ occurredAt: '2019-12-01T09:00:00+08:00' }),
  };
}

/**
 * A training on day `day`; with `recordedDay`, the event claims to have been recorded first on that day
 * (as an imported event does), so that recorded times need not follow the order of the stream.
 */
export function trained(cadreId: string, day: number, recordedDay?: number): NewEvent {
  const on = dayOf(day);
  return {
    id: randomUUID(),
    type: 'CadreTrained',
    data: { cadreId, topic: `课程${day}`, kind: 'INTERNAL', trainedOn: on },
    metadata: sampleMetadata({
      occurredAt: `${on}T09:00:00+08:00`,
      ...(recordedDay === undefined ? {} : { originalRecordedAt: `${dayOf(recordedDay)}T10:00:00.000Z` }),
    }),
  };
}
