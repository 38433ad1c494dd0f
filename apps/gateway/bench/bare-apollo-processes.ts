import cluster from 'node:cluster';
import { startBareApollo } from './bare-apollo.js';

/**
 * Bare Apollo Server in processes sharing one port (see startBareApolloProcesses): this process forks them
 * and tells its parent the address once every one listens; when the parent goes away, they stop.
 */
if (cluster.isPrimary) {
  const count = Number(process.argv[2] ?? 2);
  cluster.setupPrimary({ execArgv: process.execArgv });
  const urls: string[] = [];
  for (let i = 0; i < count; i++)
    cluster.fork().once('message', ({ url }: { url: string }) => {
      urls.push(url);
      if (urls.length === count) process.send?.({ url: urls[0] });
    });
  process.once('disconnect', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  const { url } = await startBareApollo();
  process.send?.({ url });
}
