import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget of issue 11: what the first page load needs, at most 250 KB once gzipped. */
export const INITIAL_GZIP_BUDGET = 250_000;

/** What `index.html` makes the browser fetch before the app starts: the entry, its preloads, the styles. */
export function initialAssetPaths(html) {
  const paths = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attribute = (name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
    const isScript = tag.startsWith('<script') && attribute('type') === 'module';
    const rel = attribute('rel');
    const isLink = tag.startsWith('<link') && (rel === 'modulepreload' || rel === 'stylesheet');
    const url = isScript ? attribute('src') : isLink ? attribute('href') : undefined;
    if (url?.startsWith('/')) paths.push(url.slice(1));
  }
  return paths;
}

/** Each initial file of a built client with its size as it is, gzipped (level 9) and as its .br copy. */
export function initialAssets(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = ['index.html', ...initialAssetPaths(html)].map((path) => {
    const bytes = readFileSync(join(distDir, path));
    const brotli = join(distDir, `${path}.br`);
    return {
      path,
      bytes: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: existsSync(brotli) ? readFileSync(brotli).length : undefined,
    };
  });
  const sum = (key) => files.reduce((total, file) => total + (file[key] ?? file.bytes), 0);
  return { files, total: { bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli') } };
}
