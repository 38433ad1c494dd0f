import { startGateway } from '../src/http/http-server.js';
import { openSystem } from '../src/system.js';

/**
 * One gateway of processes.bench.ts's pair on EventStoreDB, in a process of its own: started with its
 * folders and the connection string as JSON, it answers its URL and stops when the bench goes away.
 */
const { dataDir, sharedDir, connectionString } = JSON.parse(process.argv[2] ?? '{}') as {
  dataDir: string;
  sharedDir: string;
  connectionString: string;
};
const system = await openSystem({ dataDir, sharedDir, eventStoreConnectionString: connectionString });
const gateway = await startGateway({ system, port: 0, rateLimit: { perClientPerMinute: 100_000_000 } });
process.send?.({ url: gateway.url });
process.once('disconnect', async () => {
  await gateway.stop();
  await system.close();
  process.exit(0);
});
