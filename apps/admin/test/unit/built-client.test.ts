import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INITIAL_GZIP_BUDGET, initialAssetPaths, initialAssets } from '../../scripts/initial-assets.mjs';

/** The build's output (the test task runs after `vite build`; scripts/measure-bundle.mjs builds and reports). */
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

describe('the built admin client', () => {
  it('is built', () => {
    expect(existsSync(join(DIST, 'index.html')), 'run `npx vite build` in apps/admin first').toBe(true);
  });

  it(`loads at most ${INITIAL_GZIP_BUDGET / 1000} kB gzipped before the app starts (entry, preloads, styles)`, () => {
    const { files, total } = initialAssets(DIST);
    expect(files.some((file) => file.path.endsWith('.js'))).toBe(true);
    expect(files.some((file) => file.path.endsWith('.css'))).toBe(true);
    expect(total.gzip, files.map((file) => `${file.path} ${file.gzip}`).join('\n')).toBeLessThanOrEqual(
      INITIAL_GZIP_BUDGET,
    );
  });

  it('leaves ECharts and the pages out of the first load: they come with their routes', () => {
    const initial = initialAssetPaths(readFileSync(join(DIST, 'index.html'), 'utf8'));
    expect(initial.filter((path) => /echarts|Page-/.test(path))).toEqual([]);
    const assets = readdirSync(join(DIST, 'assets'));
    expect(assets.some((name) => /^echarts-.*\.js$/.test(name))).toBe(true);
    expect(assets.some((name) => /^DashboardPage-.*\.js$/.test(name))).toBe(true);
  });

  it('keeps the pages’ GraphQL documents out of the first load: each comes with the page that sends it', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'persisted-documents.json'), 'utf8')) as Record<
      string,
      string
    >;
    const firstLoad = initialAssetPaths(readFileSync(join(DIST, 'index.html'), 'utf8'))
      .filter((path) => path.endsWith('.js'))
      .map((path) => readFileSync(join(DIST, path), 'utf8'))
      .join('\n');
    const hashes = Object.keys(manifest);
    const loadedFirst = hashes.filter((hash) => firstLoad.includes(hash));
    expect(loadedFirst.length).toBeLessThan(hashes.length / 4);
    const statistics = hashes.find((hash) => /query Statistics\b/.test(manifest[hash]!));
    expect(statistics).toBeDefined();
    expect(loadedFirst).not.toContain(statistics);
    // Beside the manifest the client reads when a gateway does not know a document yet, one chunk has it.
    const chunks = readdirSync(join(DIST, 'assets')).filter(
      (name) => name.endsWith('.js') && !name.startsWith('persisted-documents-'),
    );
    const withStatistics = chunks.filter((name) =>
      readFileSync(join(DIST, 'assets', name), 'utf8').includes(statistics!),
    );
    expect(withStatistics).toHaveLength(1);
  });

  it('has brotli and gzip copies beside every script, style and page, each decoding to the file', () => {
    const texts = filesUnder(DIST).filter(
      (path) => /\.(js|css|html)$/.test(path) && statSync(path).size >= 1024,
    );
    expect(texts.length).toBeGreaterThan(10);
    for (const path of texts) {
      const original = readFileSync(path);
      expect(brotliDecompressSync(readFileSync(`${path}.br`)).equals(original), path).toBe(true);
      expect(gunzipSync(readFileSync(`${path}.gz`)).equals(original), path).toBe(true);
    }
  });
});
