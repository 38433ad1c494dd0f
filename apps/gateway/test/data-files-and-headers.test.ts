import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGateway } from '../src/http/http-server.js';
import { openSystem } from '../src/system.js';
import { aVillage } from './support/village-setup.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the data folder and the admin origin', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-private-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps the data folder and every file in it, write-ahead logs included, to its owner (0700, 0600)', async () => {
    const system = await openSystem({ dataDir });
    try {
      await aVillage(system);
      expect(modeOf(dataDir)).toBe(0o700);
      for (const file of [
        'events.sqlite',
        'events.sqlite-wal',
        'read-models.sqlite',
        'accounts.sqlite',
        'session-secret',
      ])
        expect(modeOf(join(dataDir, file)).toString(8), file).toBe('600');
    } finally {
      await system.close();
    }
  });

  it('answers the admin origin with a content security policy, nosniff and no framing', async () => {
    const system = await openSystem({ dataDir: ':memory:' });
    const gateway = await startGateway({ system, port: 0 });
    try {
      const response = await fetch(`${gateway.url}/`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    } finally {
      await gateway.stop();
      await system.close();
    }
  });
});
