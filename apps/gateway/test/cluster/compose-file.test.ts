import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configFromEnv } from '../../src/config.js';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface Service {
  image: string;
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service>; volumes: object };
const operations = read('docs/operations.md');
const configSource = read('apps/gateway/src/config.ts');
const GATEWAYS = ['gateway-1', 'gateway-2'];
const gateway = (name: string) => compose.services[name]!;
/** `volume:/path` → the volume mounted at `path`. */
const volumeAt = (service: Service, path: string) =>
  service.volumes?.find((mount) => mount.endsWith(`:${path}`))?.split(':')[0];

describe('docker-compose.yml at the repository root', () => {
  it('runs EventStoreDB and two gateways, as the operations guide says', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['eventstore', ...GATEWAYS]);
    expect(compose.services.eventstore!.image).toMatch(/^eventstore\/eventstore:24\.10/);
    for (const name of ['eventstore', ...GATEWAYS]) expect(operations).toContain(`\`${name}\``);
    expect(operations).toContain('EventStoreDB 24.10');
  });

  it('sets only settings the gateway reads, and they give each gateway what the guide describes', () => {
    const read = new Set([...configSource.matchAll(/env\.([A-Z_]+)/g)].map((match) => match[1]));
    for (const name of GATEWAYS) {
      const env = gateway(name).environment!;
      for (const key of Object.keys(env)) {
        if (key !== 'NODE_ENV') expect(read, `${name} sets ${key}`).toContain(key);
      }
      const config = configFromEnv(env);
      expect(config.eventStoreConnectionString).toMatch(/^esdb:\/\/eventstore:2113\b/);
      expect(config.dataDir).toBe('/app/data');
      expect(config.sharedDir).toBe('/app/shared');
      expect(config.port).toBe(4000);
      expect(env.NODE_ENV).toBe('production');
    }
    expect(configFromEnv(gateway('gateway-1').environment).loadDemo).toBe(true);
    expect(configFromEnv(gateway('gateway-2').environment).loadDemo).toBe(false);
    for (const setting of [
      'CADRE_DATA_DIR',
      'CADRE_SHARED_DIR',
      'CADRE_DEMO=off',
      'EVENTSTORE_CONNECTION_STRING',
    ])
      expect(operations).toContain(setting);
  });

  it('gives each gateway its own data folder and both the one shared folder, all declared volumes', () => {
    const data = GATEWAYS.map((name) => volumeAt(gateway(name), '/app/data'));
    const shared = GATEWAYS.map((name) => volumeAt(gateway(name), '/app/shared'));
    expect(data).toEqual(['gateway-1-data', 'gateway-2-data']);
    expect(shared).toEqual(['ledger-shared', 'ledger-shared']);
    const declared = Object.keys(compose.volumes);
    for (const volume of [...data, ...shared]) {
      expect(declared).toContain(volume);
      expect(operations).toContain(`\`${volume}\``);
    }
  });

  it('publishes the ports the guide names and starts the second gateway after the first', () => {
    expect(gateway('gateway-1').ports).toEqual(['4000:4000']);
    expect(gateway('gateway-2').ports).toEqual(['4001:4000']);
    expect(compose.services.eventstore!.ports).toEqual(['2113:2113']);
    for (const url of ['http://localhost:4000', 'http://localhost:4001', 'http://localhost:2113'])
      expect(operations).toContain(url);
    expect(gateway('gateway-1').depends_on?.eventstore?.condition).toBe('service_healthy');
    expect(gateway('gateway-2').depends_on?.['gateway-1']?.condition).toBe('service_healthy');
  });
});
