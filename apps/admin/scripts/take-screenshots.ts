// Screenshots of every page of the admin client for each role, over the Zhouwang demo, into docs/screenshots/.
//   pnpm --filter @cadre/admin screenshots            (builds the client first)
//   … screenshots -- --no-build                        (uses apps/admin/dist as it is)
// The pages are the router's own list (src/routes.ts), so a new page is taken without a line changing here.
// Chinese needs a CJK font where this runs (Debian: fonts-noto-cjk).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { RouteRecordRaw } from 'vue-router';
import { routes } from '../src/routes.js';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../test/support/admin-under-test.js';
import { loadZhouwang } from '../test/support/town.js';

type Role = 'ADMIN' | 'VILLAGE' | 'AUDITOR';
/** Each role as a person of the demo town would sign in (the header shows the name). */
const PEOPLE: Record<Role, string> = {
  ADMIN: '镇组织办',
  VILLAGE: '周王村党组织书记',
  AUDITOR: '区纪委审计',
};
const ROLES = Object.keys(PEOPLE) as Role[];
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The pages also taken at 390 px wide, and as whom. */
const PHONE_PAGES: Array<[Role, string]> = [
  ['ADMIN', '/dashboard'],
  ['ADMIN', '/cadres'],
  ['ADMIN', '/cadres/:id'],
  ['VILLAGE', '/villages/:id'],
];

const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const ADMIN_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every route with its full path, children included; redirects and catch-alls are not pages. */
function pagesOf(records: readonly RouteRecordRaw[], prefix = ''): RouteRecordRaw[] {
  return records.flatMap((record) => {
    const path = record.path.startsWith('/') ? record.path : `${prefix}/${record.path}`.replace(/\/+/g, '/');
    const own = { ...record, path } as RouteRecordRaw;
    const isPage = !record.redirect && !path.includes('(') && (record.component || record.components);
    return [...(isPage ? [own] : []), ...pagesOf(record.children ?? [], path)];
  });
}

/** `/cadres/:id` → `cadres-id`; `/` → `home`. */
const slugOf = (path: string) =>
  path
    .replace(/[:()*?]/g, '')
    .replace(/^\/|\/$/g, '')
    .replace(/\//g, '-') || 'home';

/** Ids of the demo for a route's parameters: a known one by the path's first segment, else undefined. */
type Ids = Record<string, string>;

function concretePath(path: string, ids: Ids): string | undefined {
  if (!path.includes(':')) return path;
  const id = ids[path.split('/')[1] ?? ''];
  return id ? path.replace(/:\w+(\([^)]*\))?[?*+]?/g, id) : undefined;
}

/** Ids from the read models, and for other detail pages the first link their list page shows. */
async function demoIds(admin: AdminUnderTest, paths: string[]): Promise<Ids> {
  // 王建国, 周王村's secretary: a cadre of the village the village secretary signs in for.
  const row = admin.system.readModels
    .prepare("SELECT cadre_id, village_id FROM cadres WHERE name = '王建国'")
    .get() as { cadre_id: string; village_id: string };
  const ids: Ids = { cadres: row.cadre_id, villages: row.village_id };
  const page = await admin.pageSignedInAs('ADMIN');
  for (const path of paths) {
    const list = path.split('/')[1] ?? '';
    if (!path.includes(':') || ids[list] || !paths.includes(`/${list}`)) continue;
    await settle(page, `${admin.gateway.url}/${list}`);
    const href = await page
      .locator(`a[href^="/${list}/"]`)
      .first()
      .getAttribute('href', { timeout: 2_000 })
      .catch(() => null);
    const id = href?.split('/')[2];
    if (id) ids[list] = id;
  }
  await page.context().close();
  return ids;
}

/** Opens a page and waits until it has stopped loading and painting. */
async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.addStyleTag({
    content:
      '*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }',
  });
  await page
    .locator('.el-loading-mask')
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => undefined);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function shoot(page: Page, url: string, file: string): Promise<boolean> {
  await settle(page, url);
  const asked = new URL(url).pathname;
  const landed = new URL(page.url()).pathname;
  // The role may not open it (无权访问, by address or in place), or it moved elsewhere (sign-in).
  if (landed !== asked || (await page.locator('[data-test=forbidden]').count()) > 0) return false;
  await page.screenshot({ path: `${OUT}${file}`, animations: 'disabled' });
  return true;
}

if (!process.argv.includes('--no-build')) await build({ root: ADMIN_ROOT, logLevel: 'warn' });
mkdirSync(OUT, { recursive: true });
for (const old of readdirSync(OUT).filter((name) => /\.(png|md)$/.test(name))) rmSync(`${OUT}${old}`);

const admin = await startAdmin();
/** What each file shows, for docs/screenshots/README.md. */
const shown: Array<{ file: string; title: string; path: string; who: string }> = [];
const skipped: string[] = [];
try {
  await loadZhouwang(admin);
  const pages = pagesOf(routes).filter((route) => route.path !== '/forbidden');
  const ids = await demoIds(
    admin,
    pages.map((route) => route.path),
  );

  const signIn = await admin.browser.newPage({ locale: 'zh-CN', viewport: DESKTOP, reducedMotion: 'reduce' });
  if (await shoot(signIn, `${admin.gateway.url}/sign-in`, 'sign-in.png')) {
    shown.push({ file: 'sign-in.png', title: '登录', path: '/sign-in', who: '—' });
  }
  await signIn.close();

  for (const role of ROLES) {
    const page = await admin.pageSignedInAs(
      role,
      role === 'VILLAGE' ? ids.villages : undefined,
      PEOPLE[role],
    );
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      for (const route of pages) {
        if (route.meta?.public) continue;
        const phone = size === PHONE;
        if (phone && !PHONE_PAGES.some(([r, path]) => r === role && path === route.path)) continue;
        const path = concretePath(route.path, ids);
        if (!path) {
          skipped.push(`${route.path}: no id for its parameter`);
          continue;
        }
        const file = `${role.toLowerCase()}-${slugOf(route.path)}${phone ? '-390' : ''}.png`;
        if (await shoot(page, `${admin.gateway.url}${path}`, file)) {
          const title = `${route.meta?.title ?? route.path}${phone ? ' (390 px)' : ''}`;
          shown.push({ file, title, path: route.path, who: PEOPLE[role] });
        } else skipped.push(`${route.path} as ${role}: not opened`);
      }
    }
    await page.context().close();
  }
} finally {
  await admin.stop();
}
writeFileSync(
  `${OUT}README.md`,
  `# Screenshots

Written by \`pnpm --filter @cadre/admin screenshots\` (apps/admin/scripts/take-screenshots.ts) over the Zhouwang demo
on ${ADMIN_TODAY}: every page of the router for each role that may open it, 1440 px wide, a few at 390 px.

| page | route | signed in as | |
| --- | --- | --- | --- |
${shown.map((s) => `| ${s.title} | \`${s.path}\` | ${s.who} | [${s.file}](${s.file}) |`).join('\n')}
`,
);
console.log(`${shown.length} screenshots in docs/screenshots/:\n  ${shown.map((s) => s.file).join('\n  ')}`);
if (skipped.length > 0) console.log(`not taken:\n  ${skipped.join('\n  ')}`);
