import { randomUUID } from 'node:crypto';
import { InMemoryKeyVault, sealingPersonalData, verifyLedgerRules } from '@cadre/application';
import { exportEvents, importEvents, SqliteEventStore, verifyIntegrity } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  computeStatistics,
  loadStatisticsFacts,
  openReadModelDatabase,
  rebuildReadModels,
} from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const FILE = `query($id: ID!) { cadre(id: $id) { name idNumber phone familyMembers { name } gender birthDate educationLevel } }`;
const STATISTICS = `query($asOf: String) { statistics(asOf: $asOf) {
  committeeMembers partySecretaries committeeGender { female } committeeAge { averageAge bands { count } }
  committeeEducation { bachelorOrAbove } committeeEthnicity { minority } } }`;

describe('erasing a person (PIPL Art. 47) without rewriting history', () => {
  let t: TestGateway;
  let cadreId: string;
  let before: { name: string; idNumber: string; phone: string };
  const statisticsNow = async () => (await t.graphql(STATISTICS)).data.statistics;
  const statisticsPast = async () => (await t.graphql(STATISTICS, { asOf: '2026-06-30' })).data.statistics;
  let figures: unknown;
  let pastFigures: unknown;

  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
    const { data } = await t.graphql(
      '{ cadres(first: 1, role: COMMITTEE_MEMBER) { edges { node { id } } } }',
    );
    cadreId = data.cadres.edges[0].node.id;
    before = (await t.graphql(FILE, { id: cadreId })).data.cadre;
    figures = await statisticsNow();
    pastFigures = await statisticsPast();
    const erased = await t.graphql(
      'mutation($id: ID!, $c: ID!) { erasePersonalData(commandId: $id, reason: "本人申请删除", input: { cadreId: $c }) { duplicate } }',
      { id: randomUUID(), c: cadreId },
    );
    expect(erased.errors).toBeUndefined();
  });
  afterAll(() => t.stop());

  it('keeps the identifying fields only sealed in the store underneath, never in clear', async () => {
    const raw = JSON.stringify(
      (await t.system.rawStore.readAll()).map(({ data, metadata }) => ({ data, metadata })),
    );
    expect(before.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(raw).not.toContain(before.idNumber);
    expect(raw).not.toContain(before.phone);
    expect(raw).toContain('"sealed"');
  });

  it('reads the person as erased in the file, its history and time travel; what counts stays', async () => {
    const file = (await t.graphql(FILE, { id: cadreId })).data.cadre;
    expect(file).toMatchObject({ name: '（已删除）', idNumber: '', phone: null, familyMembers: [] });
    expect(file.gender).toBeTruthy();
    const history = JSON.stringify(
      (
        await t.graphql('query($id: ID!) { cadreHistory(id: $id, first: 100) { edges { node { data } } } }', {
          id: cadreId,
        })
      ).data,
    );
    expect(history).not.toContain(before.name);
    expect(history).not.toContain(before.idNumber);
    const past = JSON.stringify(
      (
        await t.graphql('query($id: ID!) { cadreAsOf(id: $id, asOf: "2025-01-01") { state } }', {
          id: cadreId,
        })
      ).data,
    );
    expect(past).not.toContain(before.idNumber);
    expect(past).toContain('（已删除）');
  });

  it('changes no statistic, today or as of a past day', async () => {
    expect(await statisticsNow()).toEqual(figures);
    expect(await statisticsPast()).toEqual(pastFigures);
  });

  it('leaves every hash chain verifying and every ledger rule holding', async () => {
    const { data } = await t.graphql(
      '{ integrityCheck { ok firstBroken { streamId } ruleViolations { rule } } }',
    );
    expect(data.integrityCheck).toEqual({ ok: true, firstBroken: null, ruleViolations: [] });
  });

  it('stays erased after a rebuild and after an export and import into another store', async () => {
    const rebuilt = openReadModelDatabase(':memory:');
    await rebuildReadModels(t.system.store, rebuilt, ALL_PROJECTIONS);
    const row = rebuilt.prepare('SELECT name, id_number FROM cadres WHERE cadre_id = ?').get(cadreId);
    expect(row).toEqual({ name: '（已删除）', id_number: '' });
    const rebuiltFigures = computeStatistics(loadStatisticsFacts(rebuilt, {}), 2026, ZHOUWANG_TODAY);
    expect(rebuiltFigures.committeeMembers).toBe((figures as { committeeMembers: number }).committeeMembers);
    rebuilt.close();

    const lines: string[] = [];
    await exportEvents(t.system.rawStore, (line) => {
      lines.push(line);
    });
    expect(lines.join('\n')).not.toContain(before.idNumber);
    const target = new SqliteEventStore({ path: ':memory:' });
    await importEvents(
      target,
      (async function* () {
        yield* lines;
      })(),
    );
    expect((await verifyIntegrity(target)).ok).toBe(true);
    // the other store reads the ciphertext with no key for the erased person (keys never travel in exports)
    const opened = sealingPersonalData(target, new InMemoryKeyVault());
    const registered = (await opened.readStream(`cadre-${cadreId}`)).find(
      (e) => e.type === 'CadreRegistered',
    )!;
    expect((registered.data as { profile: { name: string } }).profile.name).toBe('（已删除）');
    expect(await verifyLedgerRules(opened)).toEqual([]);
    await target.close();
  });

  it('refuses to erase twice, and refuses anyone but the office', async () => {
    const again = await t.graphql(
      'mutation($id: ID!, $c: ID!) { erasePersonalData(commandId: $id, input: { cadreId: $c }) { duplicate } }',
      { id: randomUUID(), c: cadreId },
    );
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'PERSONAL_DATA_ALREADY_ERASED',
    });
    const auditor = await t.signInAs('AUDITOR');
    const byAuditor = await t.post(
      'mutation($id: ID!, $c: ID!) { erasePersonalData(commandId: $id, input: { cadreId: $c }) { duplicate } }',
      { id: randomUUID(), c: cadreId },
      auditor,
    );
    expect(byAuditor.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
