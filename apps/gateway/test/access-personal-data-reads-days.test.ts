import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPersonalDataRead } from '../src/access/personal-data-reads.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const READS = `query Reads($readFrom: String, $readTo: String) {
  personalDataReads(readFrom: $readFrom, readTo: $readTo, limit: 1000) { cadreId readAt } }`;

/** The read log asked for China days through GraphQL: any period is reachable, however long the log. */
describe('the personal-data read log by day', () => {
  let t: TestGateway;
  let auditor: Record<string, string>;
  beforeAll(async () => {
    t = await startTestGateway({ now: () => new Date('2026-12-01T04:00:00Z') });
    auditor = await t.signInAs('AUDITOR');
    const read = (cadreId: string, at: string) =>
      recordPersonalDataRead(
        t.system.accounts.db,
        { actor: 'user:x', role: 'ADMIN', cadreId, fields: ['idNumber'], operation: 'cadre' },
        new Date(at),
      );
    // 1 March in China runs from 28 February 16:00 UTC to 1 March 16:00 UTC
    read('before', '2026-02-28T15:59:59.000Z');
    read('first-moment', '2026-02-28T16:00:00.000Z');
    read('last-moment', '2026-03-01T15:59:59.999Z');
    read('after', '2026-03-01T16:00:00.000Z');
  });
  afterAll(() => t.stop());

  it('keeps the reads of the China days asked, both ends included', async () => {
    const answer = await t.post(READS, { readFrom: '2026-03-01', readTo: '2026-03-01' }, auditor);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.personalDataReads.map((r: { cadreId: string }) => r.cadreId)).toEqual([
      'last-moment',
      'first-moment',
    ]);
    const later = await t.post(READS, { readFrom: '2026-03-02' }, auditor);
    expect(later.data.personalDataReads.map((r: { cadreId: string }) => r.cadreId)).toEqual(['after']);
  });

  it('refuses a day that is not one, naming the argument', async () => {
    const answer = await t.post(READS, { readTo: '2026-02-30' }, auditor);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'INVALID_DATE' });
    expect(answer.errors?.[0]?.message).toContain('readTo');
  });
});
