import { randomUUID } from 'node:crypto';
import { cadreAggregate } from '@cadre/domain';
import { type NewEvent, SqliteEventStore } from '@cadre/event-store';
import { sampleMetadata } from '@cadre/event-store/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StreamHistories, stateAsOf, stateAsOfByFullFold } from '../src/index.js';

const cadreId = randomUUID();

function trained(day: number): NewEvent {
  const on = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  return {
    id: randomUUID(),
    type: 'CadreTrained',
    data: { cadreId, topic: `课程${day}`, kind: 'INTERNAL', trainedOn: on },
    metadata: sampleMetadata({ occurredAt: `${on}T09:00:00+08:00` }),
  };
}

describe('time travel over a stream', () => {
  it('gives the same state as folding every event that happened by then, for any dates and late entries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 160 }),
        fc.array(fc.integer({ min: -5, max: 405 }), { minLength: 1, maxLength: 8 }),
        async (days, askedDays) => {
          const store = new SqliteEventStore({ path: ':memory:' });
          const registered = {
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
          await store.append(`cadre-${cadreId}`, [registered, ...days.map(trained)], 'no_stream');
          const histories = new StreamHistories(store);
          for (const day of askedDays) {
            const at = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
            const fast = await stateAsOf(histories, cadreAggregate, cadreId, { at });
            const history = await histories.read(`cadre-${cadreId}`);
            expect(fast.state).toEqual(stateAsOfByFullFold(history, cadreAggregate, { at }));
          }
          await store.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('brings a cached history up to date with the events appended since', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const histories = new StreamHistories(store);
    await store.append(`cadre-${cadreId}`, [trained(1)], 'no_stream');
    expect((await histories.read(`cadre-${cadreId}`)).events).toHaveLength(1);
    await store.append(`cadre-${cadreId}`, [trained(2), trained(3)], 0);
    const history = await histories.read(`cadre-${cadreId}`);
    expect(history.events.map((e) => e.revision)).toEqual([0, 1, 2]);
    await store.close();
  });
});
