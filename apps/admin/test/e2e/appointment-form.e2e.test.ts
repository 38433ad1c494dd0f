import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { idNumberCheckChar } from '@cadre/domain';
import { listCadres } from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { chooseOption } from '../support/element-plus.js';
import { loadZhouwang, runCommands } from '../support/town.js';

const SCREENSHOTS = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));

/** Pages of a PDF Chromium printed: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe('干部任免审批表 (real browser)', () => {
  let admin: AdminUnderTest;
  let cadreId: string;
  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    await loadZhouwang(admin);
    cadreId = listCadres(admin.system.readModels, { search: '王建国' }, { first: 1 }).nodes[0]!.cadreId;
    // a passport-style photo drawn by the browser itself
    const studio = await admin.browser.newPage();
    await studio.setContent(
      '<div id="p" style="width:260px;height:350px;background:radial-gradient(circle at 50% 35%,#f1d3b3 22%,#3d5a80 23%)"></div>',
    );
    const photo = admin.system.photos.put(await studio.locator('#p').screenshot());
    await studio.close();
    await runCommands(admin, [
      ['ChangeCadrePhoto', { cadreId, photoSha256: photo.sha256, changedOn: '2026-11-01' }],
      [
        'PrepareAppointmentForm',
        {
          cadreId,
          proposedPost: '周王村党组织书记、村委会主任（连任）',
          postToLeave: '无',
          appointmentReason: '村“两委”换届选举，经资格联审通过，拟连任',
          reportingUnit: '中共周王镇委员会',
          filledBy: '镇组织办',
          preparedOn: '2026-11-28',
        },
      ],
    ]);
  }, 120_000);
  afterAll(async () => {
    await admin?.stop();
  });

  it('opens from the dossier, with the photo, and prints on exactly one A4 page', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/cadres/${cadreId}`);
    const tools = page.locator('[data-test=dossier-form-tools]');
    await expect
      .poll(() => tools.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(260);
    await tools.locator('[data-test=open-form]').click();
    await page.waitForURL(new RegExp(`/cadres/${cadreId}/form`));
    const sheet = page.locator('[data-test=appointment-form-sheet]');
    await expect.poll(() => page.locator('[data-test=form-name]').textContent()).toBe('王建国');
    await expect
      .poll(() =>
        sheet.locator('[data-test=form-photo]').evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBe(260);
    const text = await sheet.textContent();
    expect(text).toContain('计算年龄时间：2026年12月01日');
    expect(text).toContain('周王村党组织书记、村委会主任（连任）');
    expect(text).toContain('中共周王镇委员会');

    // as of another day, through the address
    await page.goto(`${gateway.url}/cadres/${cadreId}/form?asOf=2026-11-30`);
    await expect.poll(() => sheet.textContent()).toContain('计算年龄时间：2026年11月30日');
    await expect
      .poll(() =>
        sheet.locator('[data-test=form-photo]').evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBe(260);

    // the sheet is an A4 page: 210 × 297 mm on screen, one page when printed
    const box = (await sheet.boundingBox())!;
    expect(Math.round((box.width * 25.4) / 96)).toBe(210);
    expect(Math.round((box.height * 25.4) / 96)).toBe(297);
    // and everything on it shows: the last line (the provenance) ends inside the sheet
    const last = (await page.locator('[data-test=form-provenance]').boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(box.y + box.height);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-test=form-toolbar]').isVisible()).toBe(false);
    expect(await page.locator('.el-aside').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(`${SCREENSHOTS}appointment-form.png`, await sheet.screenshot());
  });

  it('downloads the .docx and the .lrmx of the form', async () => {
    const { page } = admin;
    for (const [button, name] of [
      ['download-docx', /^干部任免审批表-王建国-2026-11-30\.docx$/],
      ['download-lrmx', /^干部任免审批表-王建国-2026-11-30\.lrmx$/],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.locator(`[data-test=${button}]`).click();
      expect((await download).suggestedFilename()).toMatch(name);
    }
  });

  it('imports an .lrmx from the roster: a new file in the village chosen, or the error naming the element', async () => {
    const { gateway } = admin;
    const page = await admin.pageSignedInAs('ADMIN');
    page.setDefaultTimeout(15_000);
    const first17 = '34012119850620021';
    const lrmx = (idNumber: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Person><XingMing>钱卫东</XingMing><XingBie>男</XingBie><ChuShengNianYue>198506</ChuShengNianYue><MinZu>汉族</MinZu>
<ShenFenZheng>${idNumber}</ShenFenZheng><ZhengZhiMianMao>群众</ZhengZhiMianMao><QuanRiZhiJiaoYu_XueLi>大专</QuanRiZhiJiaoYu_XueLi>
<NiRenZhiWu>周王村村委会委员</NiRenZhiWu></Person>`;
    await page.goto(`${gateway.url}/cadres`);
    await page.locator('[data-test=import-lrmx]').click();
    await chooseOption(page, page.locator('.el-dialog .el-select'), '周王村');
    const file = (text: string) => ({
      name: '钱卫东.lrmx',
      mimeType: 'application/xml',
      buffer: Buffer.from(text),
    });
    await page
      .locator('[data-test=lrmx-file]')
      .setInputFiles(file(lrmx(`${first17}${idNumberCheckChar(first17) === '0' ? '1' : '0'}`)));
    await page.locator('[data-test=import-lrmx-submit]').click();
    await expect
      .poll(() => page.locator('[data-test=import-lrmx-error]').textContent())
      .toContain('ShenFenZheng');
    await page
      .locator('[data-test=lrmx-file]')
      .setInputFiles(file(lrmx(first17 + idNumberCheckChar(first17))));
    await page.locator('[data-test=import-lrmx-submit]').click();
    await page.waitForURL(/\/cadres\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('[data-test=dossier-name]').textContent()).toBe('钱卫东');
  });
});
