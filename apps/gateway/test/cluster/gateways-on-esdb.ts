import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EsdbProtocolDouble, startEsdbProtocolDouble } from '@cadre/event-store/testing';
import { type RunningGateway, startGateway } from '../../src/http/http-server.js';
import { openSystem, type System } from '../../src/system.js';
import type { TestGateway } from '../support/test-gateway.js';
import { postOnNewConnection } from './cluster-gateway.js';

export interface EsdbGateway extends Pick<TestGateway, 'graphql'> {
  system: System;
  gateway: RunningGateway;
}

export interface GatewaysOnEsdb {
  server: EsdbProtocolDouble;
  gateways: EsdbGateway[];
  stop(): Promise<void>;
}

const PASSWORD = 'gateways-on-esdb-password';

/**
 * `count` gateways on one EventStoreDB (the protocol double), as docker-compose.yml runs them: each its own
 * data folder (read models), all one shared folder (accounts, session secret, persons' keys). One admin
 * session, signed in through the shared accounts, is taken by every gateway.
 */
export async function startGatewaysOnEsdb(
  count: number,
  { now }: { now?: () => Date } = {},
): Promise<GatewaysOnEsdb> {
  const server = await startEsdbProtocolDouble();
  const folders: string[] = [];
  const folder = () => {
    const path = mkdtempSync(join(tmpdir(), 'cadre-esdb-gateway-'));
    folders.push(path);
    return path;
  };
  const sharedDir = folder();
  const systems: System[] = [];
  for (let i = 0; i < count; i++) {
    systems.push(
      await openSystem({
        dataDir: folder(),
        sharedDir,
        eventStoreConnectionString: server.connectionString,
        ...(now ? { now } : {}),
      }),
    );
  }
  await systems[0]!.accounts.createUser({ username: 'admin', password: PASSWORD, role: 'ADMIN' });
  const { token } = await systems[0]!.accounts.signIn('admin', PASSWORD);
  const admin = { authorization: `Bearer ${token}` };
  const gateways: EsdbGateway[] = [];
  for (const system of systems) {
    const gateway = await startGateway({ system, port: 0 });
    gateways.push({
      system,
      gateway,
      graphql: (query, variables, headers = {}) =>
        postOnNewConnection(gateway.url, { query, variables }, { ...admin, ...headers }),
    });
  }
  return {
    server,
    gateways,
    async stop() {
      for (const { gateway, system } of gateways) {
        await gateway.stop();
        await system.close();
      }
      await server.stop();
      for (const path of folders) rmSync(path, { recursive: true, force: true });
    },
  };
}
