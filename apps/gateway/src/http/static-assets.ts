import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import Negotiator from 'negotiator';
import type { HttpHandler, HttpRequest } from './http-handler.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The copies the build writes beside each text file (apps/admin/build/precompress-assets.ts), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** Vite names every file under assets/ by its content's hash: a new build never reuses a name. */
const HASHED = 'public, max-age=31536000, immutable';

const isHashedAsset = (relative: string) => relative.startsWith(`assets${sep}`);

async function fileAt(path: string): Promise<Stats | undefined> {
  const found = await stat(path).catch(() => undefined);
  return found?.isFile() ? found : undefined;
}

/** The file a URL path names inside `root`, or undefined for one that would leave it or is malformed. */
function relativePathOf(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  if (relative === '' || relative.split(/[/\\]/).includes('..')) return undefined;
  return relative;
}

interface Chosen {
  path: string;
  stats: Stats;
  encoding: string | undefined;
}

/** The precompressed copy the caller accepts (its Accept-Encoding, q-values included), else the file itself. */
async function chooseEncoding(req: HttpRequest, path: string, stats: Stats): Promise<Chosen> {
  const copies = (
    await Promise.all(
      PRECOMPRESSED.map(async (copy) => {
        const copyStats = await fileAt(path + copy.suffix);
        return copyStats ? { ...copy, stats: copyStats } : undefined;
      }),
    )
  ).filter((copy) => copy !== undefined);
  if (copies.length === 0) return { path, stats, encoding: undefined };
  const offered = [...copies.map((copy) => copy.encoding), 'identity'];
  // Among encodings the caller weighs the same (browsers send `gzip, deflate, br`), ours are best first.
  const negotiator = new Negotiator(req) as Negotiator & {
    encodings(available: string[], options: { preferred: string[] }): string[];
  };
  const preferred = negotiator.encodings(offered, { preferred: offered });
  const copy = copies.find((candidate) => candidate.encoding === preferred[0]);
  return copy
    ? { path: path + copy.suffix, stats: copy.stats, encoding: copy.encoding }
    : { path, stats, encoding: undefined };
}

function send(req: HttpRequest, res: ServerResponse, relative: string, chosen: Chosen): void {
  const tag = `"${chosen.stats.size.toString(16)}-${Math.floor(chosen.stats.mtimeMs).toString(16)}${chosen.encoding ? `-${chosen.encoding}` : ''}"`;
  res.setHeader('Content-Type', CONTENT_TYPES[extname(relative).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', isHashedAsset(relative) ? HASHED : 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', tag);
  if (chosen.encoding) res.setHeader('Content-Encoding', chosen.encoding);
  if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(tag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('Content-Length', chosen.stats.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(chosen.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * The built admin client: each file as brotli or gzip when the caller accepts it and the build wrote the
 * copy, with Vary: Accept-Encoding. Hashed files under assets/ are cached for a year, everything else
 * (index.html) is revalidated each time. A path that names no file is the client's own route: it gets
 * index.html, except under assets/, where a missing file is a 404 (an old page asking for a chunk a new
 * build replaced must not be handed HTML as its script).
 */
export function staticAssets(root: string): HttpHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
    const relative = urlPath === '/' ? 'index.html' : relativePathOf(urlPath);
    if (relative === undefined) {
      res.statusCode = 400;
      res.end();
      return;
    }
    const path = join(root, relative);
    // Like express.static: a dot file (say .env) left in the folder is never sent.
    const hidden = relative.split(sep).some((segment) => segment.startsWith('.'));
    const stats = hidden ? undefined : await fileAt(path);
    if (stats) return send(req, res, relative, await chooseEncoding(req, path, stats));
    if (isHashedAsset(relative)) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end('Not found');
      return;
    }
    const index = join(root, 'index.html');
    const indexStats = await fileAt(index);
    if (!indexStats) return next();
    send(req, res, 'index.html', await chooseEncoding(req, index, indexStats));
  };
}
