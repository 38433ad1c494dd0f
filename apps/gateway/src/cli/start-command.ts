import { chinaDate } from '@cadre/domain';
import { loadZhouwangScenario } from '@cadre/scenario';
import { startReaderProcesses } from '../cluster/reader-processes.js';
import type { GatewayConfig } from '../config.js';
import { lockDataFolder } from '../data-folder-lock.js';
import { type RunningGateway, startGateway } from '../http/http-server.js';
import { openSystem } from '../system.js';
import { ensureFirstAdmin } from './account-commands.js';

/**
 * Starts the whole system on the configured store; loads the demo town into an empty store. The data folder
 * is taken first: a second gateway on it stops here, before it opens or feeds anything.
 */
export async function startCommand(config: GatewayConfig): Promise<void> {
  const lock = lockDataFolder(config.dataDir);
  const system = await openSystem(config).catch((error: unknown) => {
    lock.release();
    throw error;
  });
  if (config.loadDemo && (await system.store.headPosition()) === 0n) {
    console.log('首次启动：载入周王镇演示数据 / First start: loading the Zhouwang Town demo data');
    // This year's activities fall between 1 January and today, so the dashboard's year is current.
    const loaded = await loadZhouwangScenario(system.bus, { today: chinaDate(system.now()) });
    await system.runner.waitFor(loaded.position);
    console.log(`  ${loaded.commands} commands`);
  }
  await ensureFirstAdmin(system.accounts);
  // after the first admin exists, so that the first reminders have someone to go to
  if (config.reminders) system.reminders.start();
  let gateway: Pick<RunningGateway, 'url' | 'stop'>;
  try {
    const served = { port: config.port, host: config.host, adminDist: config.adminDist };
    gateway =
      config.readers > 0
        ? await startReaderProcesses(system, config.readers, {
            ...served,
            dataDir: config.dataDir,
            ...(config.sharedDir ? { sharedDir: config.sharedDir } : {}),
            ...(config.eventStoreConnectionString
              ? { eventStoreConnectionString: config.eventStoreConnectionString }
              : {}),
          })
        : await startGateway({ system, ...served });
  } catch (error) {
    // e.g. the port is taken: close the stores cleanly, and let main print the message and exit non-zero
    await system.close();
    lock.release();
    throw error;
  }
  console.log(`干部台账已启动 CadreLedger is running at ${gateway.url}  (GraphQL: ${gateway.url}/graphql)`);
  if (config.readers > 0) console.log(`  1 writer + ${config.readers} reader processes`);
  const shutdown = async () => {
    await gateway.stop();
    await system.close();
    lock.release();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
