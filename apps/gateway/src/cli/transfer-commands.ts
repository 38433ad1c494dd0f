import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type ExportedEvent, exportEvents, importEvents, verifyTransfer } from '@cadre/event-store';
import type { GatewayConfig } from '../config.js';
import { openConfiguredStore } from '../system.js';
import { progressBar } from './progress-bar.js';

function lines(file: string) {
  return createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
}

async function* exportedEvents(file: string): AsyncGenerator<ExportedEvent> {
  for await (const line of lines(file)) if (line.trim()) yield JSON.parse(line) as ExportedEvent;
}

/** `export <file>`: every event of the configured store to NDJSON. */
export async function exportCommand(config: GatewayConfig, file: string | undefined): Promise<number> {
  if (!file) throw new Error('用法 Usage: export <file.ndjson>');
  const store = await openConfiguredStore(config);
  const out = createWriteStream(file, 'utf8');
  const bar = progressBar('导出事件 Exporting events');
  try {
    const result = await exportEvents(
      store,
      async (line) => {
        if (!out.write(`${line}\n`)) await once(out, 'drain');
      },
      (p) => bar.update(p.head === 0n ? 1 : Number(p.position) / Number(p.head), `${p.events} events`),
    );
    bar.done(`${result.events} events → ${file}`);
  } finally {
    out.end();
    await once(out, 'finish');
    await store.close();
  }
  return 0;
}

/** `import <file>`: append an export into the configured store (safe to re-run), then verify the result. */
export async function importCommand(config: GatewayConfig, file: string | undefined): Promise<number> {
  if (!file) throw new Error('用法 Usage: import <file.ndjson>');
  let total = 0;
  for await (const _ of exportedEvents(file)) total++;
  const store = await openConfiguredStore(config);
  const bar = progressBar('导入事件 Importing events');
  try {
    const result = await importEvents(store, lines(file), (p) =>
      bar.update(total ? p.events / total : 1, `${p.events}/${total} events`),
    );
    bar.done(`${result.events} events`);
    const verification = await verifyTransfer(exportedEvents(file), store);
    console.log(
      verification.ok
        ? `校验通过 Verified: ${verification.targetEvents} events, every stream and hash chain matches`
        : `校验失败 Verification failed: ${JSON.stringify(verification)}`,
    );
    return verification.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}
