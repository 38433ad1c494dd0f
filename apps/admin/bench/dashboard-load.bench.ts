import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { machineLine, sized, writeBenchmarkSection } from '@cadre/event-store/testing';
import type { CDPSession, Page } from 'playwright-core';
import { initialAssets } from '../scripts/initial-assets.mjs';
import { type AdminUnderTest, startAdmin } from '../test/support/admin-under-test.js';
import { loadZhouwang } from '../test/support/town.js';

/**
 * How long the dashboard takes to show its figures over a slow line: the built client, served by the real
 * gateway over the Zhouwang demo, in Chromium with the network throttled by the DevTools protocol, signed in
 * through the session the client keeps in localStorage. Each cold load has an empty cache (its own browser
 * context); warm loads are reloads of a page that has loaded once.
 */
const LINE = { megabitsPerSecond: 10, latencyMs: 40 };
const GOAL_MS = 1500;
const COLD_RUNS = Number(process.env.BENCH_RUNS ?? sized(7, 1));
const WARM_RUNS = sized(3, 1);

interface Load {
  /** From the start of navigation to every KPI figure on screen (the page's own clock). */
  figuresMs: number;
  /** …to every chart drawn. */
  chartsMs: number;
  /** The page's main-thread work until its figures showed (DevTools' TaskDuration). */
  mainThreadMs: number;
  requests: number;
  /** Bytes received, headers included, as they came over the wire. */
  wireBytes: number;
  /** The same bodies decoded. */
  decodedBytes: number;
}

/** Counts what a page receives, per request, as the network layer saw it, from the last `reset()`. */
async function countTraffic(cdp: CDPSession) {
  const decoded = new Map<string, number>();
  let wire = 0;
  let requests = 0;
  cdp.on('Network.dataReceived', (event) => {
    decoded.set(event.requestId, (decoded.get(event.requestId) ?? 0) + event.dataLength);
  });
  cdp.on('Network.loadingFinished', (event) => {
    wire += event.encodedDataLength;
    requests++;
  });
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  return {
    reset() {
      decoded.clear();
      wire = 0;
      requests = 0;
    },
    read: () => ({
      requests,
      wireBytes: wire,
      decodedBytes: [...decoded.values()].reduce((sum, bytes) => sum + bytes, 0),
    }),
  };
}

async function throttle(
  cdp: CDPSession,
  line: typeof LINE | undefined,
  headers: Record<string, string> = {},
) {
  if (Object.keys(headers).length > 0) await cdp.send('Network.setExtraHTTPHeaders', { headers });
  if (!line) return;
  const bytesPerSecond = (line.megabitsPerSecond * 1_000_000) / 8;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: line.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
}

/**
 * Waits until a condition on the page holds (checked every frame). Times are taken in this process: the
 * page's clocks are the fixed day the tests run on.
 */
async function until(page: Page, condition: 'figures' | 'charts'): Promise<void> {
  await page.waitForFunction(
    (which) => {
      const figures = [...document.querySelectorAll('[data-test=kpi-value]')];
      const shown =
        figures.length > 0 &&
        figures.every((figure) => figure.textContent?.trim() && (figure as HTMLElement).offsetParent);
      const charts = document.querySelectorAll('.chart-card').length;
      const drawn = document.querySelectorAll('.chart-card canvas, [data-test=chart-empty]').length;
      return which === 'figures' ? shown : shown && charts > 0 && drawn >= charts;
    },
    condition,
    { polling: 'raf', timeout: 60_000 },
  );
}

async function loadDashboard(
  page: Page,
  cdp: CDPSession,
  url: string,
  reload = false,
): Promise<Pick<Load, 'figuresMs' | 'chartsMs' | 'mainThreadMs'>> {
  const busy = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) *
    1000;
  const started = performance.now();
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await until(page, 'figures');
  const figuresMs = performance.now() - started;
  // DevTools counts per document: a navigation starts it again.
  const mainThreadMs = await busy();
  await until(page, 'charts');
  return { figuresMs, chartsMs: performance.now() - started, mainThreadMs };
}

async function coldLoad(
  admin: AdminUnderTest,
  line: typeof LINE | undefined,
  headers?: Record<string, string>,
): Promise<Load> {
  const page = await admin.pageSignedInAs('ADMIN');
  const cdp = await page.context().newCDPSession(page);
  const traffic = await countTraffic(cdp);
  await throttle(cdp, line, headers);
  const times = await loadDashboard(page, cdp, `${admin.gateway.url}/dashboard`);
  const load = { ...times, ...traffic.read() };
  await page.context().close();
  return load;
}

async function warmLoads(admin: AdminUnderTest): Promise<Load[]> {
  const page = await admin.pageSignedInAs('ADMIN');
  const cdp = await page.context().newCDPSession(page);
  const traffic = await countTraffic(cdp);
  await throttle(cdp, LINE);
  await loadDashboard(page, cdp, `${admin.gateway.url}/dashboard`);
  const loads: Load[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    traffic.reset();
    loads.push({ ...(await loadDashboard(page, cdp, '', true)), ...traffic.read() });
  }
  await page.context().close();
  return loads;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianLoad = (loads: Load[]): Load => ({
  figuresMs: median(loads.map((l) => l.figuresMs)),
  chartsMs: median(loads.map((l) => l.chartsMs)),
  mainThreadMs: median(loads.map((l) => l.mainThreadMs)),
  requests: median(loads.map((l) => l.requests)),
  wireBytes: median(loads.map((l) => l.wireBytes)),
  decodedBytes: median(loads.map((l) => l.decodedBytes)),
});

let loadAverage = 0;
const admin = await startAdmin();
try {
  await loadZhouwang(admin);
  await coldLoad(admin, undefined); // the gateway's and the browser's first load, not measured
  const unthrottled: Load[] = [];
  const cold: Load[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    unthrottled.push(await coldLoad(admin, undefined));
    cold.push(await coldLoad(admin, LINE));
  }
  const identity = await coldLoad(admin, LINE, { 'Accept-Encoding': 'identity' });
  const warm = await warmLoads(admin);
  const slowest = Math.max(...cold.map((l) => l.figuresMs));
  // The machine's load while it ran (the browser shares its cores with whatever else runs there).
  loadAverage = loadavg()[0]!;
  const browser = admin.browser.version();
  report(browser, medianLoad(unthrottled), medianLoad(cold), slowest, identity, medianLoad(warm));
} finally {
  await admin.stop();
}

function report(
  browser: string,
  baseline: Load,
  cold: Load,
  slowest: number,
  identity: Load,
  warm: Load,
): void {
  const kB = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} kB`;
  const ms = (value: number) => Math.round(value).toLocaleString('en');
  const ratio = (value: number) => (value / baseline.figuresMs).toFixed(1);
  const first = initialAssets(fileURLToPath(new URL('../dist/', import.meta.url)));
  const lineCost = (added: number) =>
    added > 0
      ? `The line adds ${ms(added)} ms to the unthrottled load, whose time is the browser's work on the machine's cores.`
      : `The throttled loads were no slower than the unthrottled ones (${ms(added)} ms, noise): the time is the browser's work on the machine's cores.`;
  const lineTime = (bytes: number) => (bytes * 8) / (LINE.megabitsPerSecond * 1000);
  const row = (what: string, l: Load) =>
    `| ${what} | ${ms(l.figuresMs)} | ${ms(l.chartsMs)} | ${ms(l.mainThreadMs)} | ${l.requests} | ${kB(l.wireBytes)} | ${kB(l.decodedBytes)} | ${ratio(l.figuresMs)} |`;
  writeBenchmarkSection(
    'dashboard-load',
    `## Admin client: the dashboard over a slow line

${machineLine()}, Chromium ${browser} headless, load average ${loadAverage.toFixed(1)} at the end

The built client from the real gateway (loopback) over the Zhouwang demo, signed in by the session the client
keeps in localStorage, the network throttled by the DevTools protocol (\`Network.emulateNetworkConditions\`:
${LINE.megabitsPerSecond} Mbit/s each way, ${LINE.latencyMs} ms added to every request). "Figures" is the time from asking the
browser to navigate to every KPI figure on screen, "charts" to every chart drawn (ECharts loads after the
figures), "main thread" the page's own work until its figures showed (DevTools' \`TaskDuration\`: parsing,
running and laying out; the rest of the time it waits for the network, the gateway or a core). Cold loads start with an empty cache (median of ${COLD_RUNS}); warm loads reload a page that has loaded
once (median of ${WARM_RUNS}). Bytes are as received (headers included) and decoded.

| load | figures ms | charts ms | main thread ms | requests | over the wire | decoded | figures ratio |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${row('cold, not throttled (baseline)', baseline)}
${row(`cold, ${LINE.megabitsPerSecond} Mbit/s, ${LINE.latencyMs} ms`, cold)}
${row(`warm (cached assets), ${LINE.megabitsPerSecond} Mbit/s, ${LINE.latencyMs} ms`, warm)}
${row(`cold, ${LINE.megabitsPerSecond} Mbit/s, ${LINE.latencyMs} ms, the browser refusing compression (\`Accept-Encoding: identity\`)`, identity)}

Goal: figures in under ${ms(GOAL_MS)} ms on a cold load at ${LINE.megabitsPerSecond} Mbit/s with ${LINE.latencyMs} ms latency — ${cold.figuresMs < GOAL_MS && slowest < GOAL_MS ? 'met' : '**not met**'} (median ${ms(cold.figuresMs)} ms, slowest of ${COLD_RUNS} ${ms(slowest)} ms). ${lineCost(cold.figuresMs - baseline.figuresMs)} The ${kB(cold.wireBytes)} a cold load receives take ${ms(lineTime(cold.wireBytes))} ms at the line's rate alone; uncompressed they would be ${kB(identity.wireBytes)} (${ms(lineTime(identity.wireBytes))} ms).
What index.html loads before the app starts (entry, modulepreloads, stylesheets): ${kB(first.total.gzip)} gzipped, ${kB(first.total.brotli)} as brotli, ${kB(first.total.bytes)} decoded (budget: 250 kB gzipped; \`node apps/admin/scripts/measure-bundle.mjs\`).`,
  );
}
