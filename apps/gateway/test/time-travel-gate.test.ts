import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

/**
 * Fifteen past days' reserve pool in one request: the heaviest legal question an API key can send (a
 * board as of a day replays the ledger; statistics as of a day read the temporal read models instead).
 */
const HEAVY = `{ ${Array.from(
  { length: 15 },
  (_, i) => `d${i}: reservePool(asOf: "2026-0${1 + (i % 9)}-1${i % 10}") { totalCount }`,
).join(' ')} }`;

/** Fifteen days' statistics as of a day in one request: indexed reads, each holding the event loop a while. */
const PAST_STATISTICS = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `d${i}: statistics(asOf: "2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(10 + i).padStart(2, '0')}") { committeeMembers }`,
).join(' ')} }`;

describe('no caller can stall the gateway with time travel', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
  });
  afterAll(() => t.stop());

  /**
   * Sends `heavy` as one key, waits `startMs` for it to begin, then asks something light as someone else:
   * the order the two were answered in, and both answers.
   */
  async function heavyThenLight(heavyQuery: string, startMs: number) {
    const order: string[] = [];
    const heavy = t.post(heavyQuery, {}, t.apiKey()).then((answer) => {
      order.push('heavy');
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, startMs));
    const light = await t.graphql('{ townships { name } }');
    order.push('light');
    return { order, light, answered: await heavy };
  }

  it("answers another caller's requests while one key's fifteen past-day replays run", async () => {
    const { order, light, answered } = await heavyThenLight(HEAVY, 50);
    expect(light.errors).toBeUndefined();
    expect(answered.errors).toBeUndefined();
    expect(Object.keys(answered.data)).toHaveLength(15);
    expect(order).toEqual(['light', 'heavy']);
  });

  it("answers another caller's requests between one key's fifteen past days' statistics", async () => {
    const { order, light, answered } = await heavyThenLight(PAST_STATISTICS, 5);
    expect(light.errors).toBeUndefined();
    expect(answered.errors).toBeUndefined();
    expect(Object.values(answered.data).every((day: any) => day.committeeMembers > 0)).toBe(true);
    expect(order).toEqual(['light', 'heavy']);
  });
});
