import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@cadre/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyCommand } from '../src/cli/verify-command.js';
import { configFromEnv } from '../src/config.js';
import { openSystem } from '../src/system.js';
import { startTestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const INTEGRITY =
  '{ integrityCheck { ok firstBroken { streamId } ruleViolations { rule streamId position message } } }';

/** A second party secretary's seat event, written into the file around the command bus. */
async function strayPartySecretary(store: SqliteEventStore, villageId: string): Promise<void> {
  const data = {
    villageId,
    cadreId: randomUUID(),
    committee: 'PARTY_COMMITTEE',
    position: 'PARTY_SECRETARY',
    method: 'ELECTION',
    filledOn: '2026-01-01',
  };
  const metadata = {
    actor: 'intruder',
    occurredAt: '2026-01-01T00:00:00Z',
    correlationId: 'x',
    causationId: 'x',
    commandId: randomUUID(),
    schemaVersion: 1,
  };
  await store.append(
    `village-${villageId}`,
    [{ id: randomUUID(), type: 'SeatFilled', data, metadata }],
    'any',
  );
}

describe("verifying the ledger's rules: the integrity check and `verify`", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-verify-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds the Zhouwang history clean, then names a second party secretary written around the bus', async () => {
    const t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    try {
      await loadZhouwang(t.system);
      const clean = await t.graphql(INTEGRITY);
      expect(clean.data.integrityCheck).toEqual({ ok: true, firstBroken: null, ruleViolations: [] });

      const [village] = (await t.graphql('{ villages(first: 1) { edges { node { id } } } }')).data.villages
        .edges;
      await strayPartySecretary(t.system.store as SqliteEventStore, village.node.id);
      const broken = (await t.graphql(INTEGRITY, {}, { 'accept-language': 'en' })).data.integrityCheck;
      expect(broken.ok).toBe(false);
      expect(broken.firstBroken).toBeNull(); // the chain is intact: the event was appended, not edited in
      expect(broken.ruleViolations.map((v: { rule: string }) => v.rule).sort()).toEqual([
        'ONE_HOLDER_PER_SEAT',
        'SEAT_EVENT_WITHOUT_CADRE_EVENT',
      ]);
      expect(broken.ruleViolations[0]).toMatchObject({ streamId: `village-${village.node.id}` });
      expect(broken.ruleViolations[0].message).toMatch(/^[A-Z]/);
    } finally {
      await t.stop();
    }
  });

  it('makes `verify` exit 1 naming the broken rule, and 0 on a clean history', async () => {
    const system = await openSystem({ dataDir, now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(system);
    const [village] = system.readModels.prepare('SELECT village_id FROM villages LIMIT 1').all() as {
      village_id: string;
    }[];
    await system.close();
    const config = { ...configFromEnv({}), dataDir };
    const errors: string[] = [];
    const stderr = process.stderr.write.bind(process.stderr);
    const consoleError = console.error;
    process.stderr.write = ((chunk: string) => errors.push(String(chunk)) > 0) as typeof process.stderr.write;
    console.error = (...parts: unknown[]) => errors.push(parts.join(' '));
    try {
      expect(await verifyCommand(config)).toBe(0);
      const store = new SqliteEventStore({ path: join(dataDir, 'events.sqlite') });
      await strayPartySecretary(store, village!.village_id);
      await store.close();
      errors.length = 0;
      expect(await verifyCommand(config)).toBe(1);
    } finally {
      process.stderr.write = stderr;
      console.error = consoleError;
    }
    expect(errors.join('\n')).toContain('ONE_HOLDER_PER_SEAT');
    expect(errors.join('\n')).toContain('同一职务同时有两人担任');
  });
});
