import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../src/http/http-server.js';
import { openSystem, type System } from '../src/system.js';

/** A built client as Vite and its precompression leave it: hashed assets, each with .br and .gz beside it. */
function builtClient(): { dir: string; script: Buffer; style: Buffer; index: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-static-'));
  mkdirSync(join(dir, 'assets'));
  const index = Buffer.from(
    '<!doctype html><html lang="zh-CN"><head><title>干部台账</title>' +
      '<script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="app"></div></body></html>',
  );
  const script = Buffer.from(
    Array.from({ length: 400 }, (_, i) => `export const 干部${i} = '村（社区）"两委"干部 ${i}';`).join('\n'),
  );
  const style = Buffer.from(Array.from({ length: 200 }, (_, i) => `.kpi-${i}{color:#b71c1c}`).join('\n'));
  const files: Array<[string, Buffer]> = [
    ['index.html', index],
    ['assets/index-AbC123.js', script],
    ['assets/index-DeF456.css', style],
  ];
  for (const [name, bytes] of files) {
    writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(bytes));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes));
  }
  // Too small to be worth compressing: the build writes no copies.
  writeFileSync(join(dir, 'assets/tiny-GhI789.js'), 'export {};');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  return { dir, script, style, index };
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they went over the wire, not decoded (fetch would decode them). */
  body: Buffer;
}

function rawRequest(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the admin client, served precompressed by the gateway', () => {
  let client: ReturnType<typeof builtClient>;
  let system: System;
  let gateway: RunningGateway;
  const get = (path: string, headers?: Record<string, string>, method?: string) =>
    rawRequest(`${gateway.url}${path}`, headers, method);

  beforeAll(async () => {
    client = builtClient();
    system = await openSystem({ dataDir: ':memory:' });
    gateway = await startGateway({ system, port: 0, adminDist: client.dir });
  });
  afterAll(async () => {
    await gateway?.stop();
    await system?.close();
    rmSync(client.dir, { recursive: true, force: true });
  });

  it('sends brotli to a browser that accepts it, with its type, Vary and a year of immutable caching', async () => {
    const answer = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(client.script.length / 4);
    expect(brotliDecompressSync(answer.body).equals(client.script)).toBe(true);
  });

  it('sends gzip when only gzip is accepted, or brotli is refused (q=0)', async () => {
    for (const accepted of ['gzip', 'br;q=0, gzip;q=0.8', 'deflate, gzip;q=0.5']) {
      const answer = await get('/assets/index-DeF456.css', { 'accept-encoding': accepted });
      expect(answer.headers['content-encoding'], accepted).toBe('gzip');
      expect(answer.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(gunzipSync(answer.body).equals(client.style), accepted).toBe(true);
    }
  });

  it('sends the bytes themselves to a caller that accepts no compression it has', async () => {
    const callers: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'deflate' },
    ];
    for (const headers of callers) {
      const answer = await get('/assets/index-AbC123.js', headers);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.body.equals(client.script)).toBe(true);
      expect(Number(answer.headers['content-length'])).toBe(client.script.length);
    }
  });

  it('serves a file the build left uncompressed as it is, even to a caller asking for brotli', async () => {
    const answer = await get('/assets/tiny-GhI789.js', { 'accept-encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe('export {};');
  });

  it('serves index.html compressed and revalidated on every load, for / and for the client’s own routes', async () => {
    for (const path of [
      '/',
      '/index.html',
      '/cadres/5c0a1f4e-0000-4000-8000-000000000001',
      '/audit?tab=log',
    ]) {
      const answer = await get(path, { 'accept-encoding': 'br' });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.headers['content-encoding']).toBe('br');
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
      expect(brotliDecompressSync(answer.body).equals(client.index)).toBe(true);
    }
  });

  it('answers a repeated load with 304 when the file has not changed, per encoding', async () => {
    const first = await get('/', { 'accept-encoding': 'gzip' });
    const tag = first.headers.etag!;
    expect(tag).toMatch(/^".+-gzip"$/);
    const again = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherEncoding = await get('/', { 'accept-encoding': 'br', 'if-none-match': tag });
    expect(otherEncoding.status).toBe(200);
    expect(otherEncoding.headers['content-encoding']).toBe('br');
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0);
    expect(answer.body.length).toBe(0);
  });

  it('answers 404 for a missing hashed asset instead of handing a script the page', async () => {
    const answer = await get('/assets/index-Gone000.js', { 'accept-encoding': 'br' });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('never sends a file outside the folder, nor a dot file in it', async () => {
    for (const path of [
      '/../../../../etc/passwd',
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/hostname',
    ]) {
      const answer = await get(path);
      expect(answer.body.toString(), path).not.toContain('root:');
      expect([200, 400, 404], path).toContain(answer.status);
      if (answer.status === 200) expect(answer.body.equals(client.index), path).toBe(true);
    }
    const dotFile = await get('/.env');
    expect(dotFile.body.toString()).not.toContain('SECRET');
    expect(await get('/%E0%A4%A')).toMatchObject({ status: 400 });
  });
});
