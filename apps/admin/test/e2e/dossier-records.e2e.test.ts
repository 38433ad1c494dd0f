import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { eventsOf, openDossierAction, submitAndClose } from '../support/command-forms.js';
import { chooseOption } from '../support/element-plus.js';
import {
  approveThroughBus,
  type Person,
  registerCadre,
  registerTownAndVillage,
  runCommands,
  type Seat,
} from '../support/town.js';

describe('the rest of the dossier’s forms, each once through the browser into the store', () => {
  let admin: AdminUnderTest;
  let page: Page;
  let town: { townshipId: string; villageId: string };
  const cadre: Record<'secretary' | 'member' | 'candidate', string> = {
    secretary: '',
    member: '',
    candidate: '',
  };
  const typesOf = async (cadreId: string) => (await eventsOf(admin, `cadre-${cadreId}`)).map((e) => e.type);

  async function seated(person: Person, seat: Seat): Promise<string> {
    const cadreId = await registerCadre(admin, person, town.villageId);
    await approveThroughBus(admin, { cadreId, ...town }, seat);
    await runCommands(admin, [
      [
        'AppointCadre',
        { cadreId, villageId: town.villageId, ...seat, method: 'ELECTION', appointedOn: ADMIN_TODAY },
      ],
    ]);
    return cadreId;
  }
  const open = (cadreId: string) => page.goto(`${admin.gateway.url}/cadres/${cadreId}`);

  beforeAll(async () => {
    admin = await startAdmin();
    page = admin.page;
    page.setDefaultTimeout(10_000);
    town = await registerTownAndVillage(admin, '幸福村');
    cadre.secretary = await seated(
      { name: '孙国强', gender: 'MALE', birthDate: '1975-06-01', serial: 21 },
      { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' },
    );
    cadre.member = await seated(
      { name: '李秀英', gender: 'FEMALE', birthDate: '1982-09-15', serial: 22 },
      { committee: 'PARTY_COMMITTEE', position: 'MEMBER' },
    );
    cadre.candidate = await registerCadre(
      admin,
      { name: '周子豪', gender: 'MALE', birthDate: '1998-01-20', serial: 23 },
      town.villageId,
    );
  });
  afterAll(async () => {
    await admin?.stop();
  });

  it('enlists a reserve cadre, moves them up a tier and assigns 1+1+N mentors', async () => {
    await open(cadre.candidate);
    const enlist = await openDossierAction(page, '后备培养', 'enlistReserve');
    expect(await enlist.textContent()).toContain('幸福村');
    await submitAndClose(page, 'enlistReserve');
    const section = page.locator('[data-test=reserve-section]');
    await expect.poll(() => section.textContent()).toContain('第 2 梯队');

    const tier = await openDossierAction(page, '后备培养', 'changeTier');
    await tier.locator('[data-test=tier-1]').click();
    await tier.locator('[data-test=reason]').fill('年度考察优秀');
    await submitAndClose(page, 'changeTier');
    await expect.poll(() => section.textContent()).toContain('第 1 梯队');

    const mentors = await openDossierAction(page, '后备培养', 'assignMentors');
    await mentors.locator('[data-test=township-leader]').fill('镇党委委员 王磊');
    await chooseOption(page, mentors.locator('[data-test=members]'), '李秀英');
    await submitAndClose(page, 'assignMentors');
    await expect.poll(() => page.locator('[data-test=mentors]').textContent()).toContain('镇党委委员 王磊');
    await expect
      .poll(() => page.locator('[data-test=mentors] a').allTextContents())
      .toEqual(['孙国强', '李秀英']);

    expect(await typesOf(cadre.candidate)).toEqual(
      expect.arrayContaining(['ReserveCadreEnlisted', 'ReserveTierChanged', 'MentorsAssigned']),
    );
    const events = await eventsOf(admin, `cadre-${cadre.candidate}`);
    expect(events.find((e) => e.type === 'ReserveTierChanged')?.metadata.reason).toBe('年度考察优秀');
    expect(events.find((e) => e.type === 'MentorsAssigned')?.data).toMatchObject({
      secretaryCadreId: cadre.secretary,
      memberCadreIds: [cadre.member],
    });
  });

  it('enrols the cadre in a degree programme and records the graduation; the file’s education rises', async () => {
    const enrol = await openDossierAction(page, '学历提升', 'enrollEducation');
    await enrol.locator('[data-test=programme]').fill('学历提升计划');
    await enrol.locator('[data-test=school]').fill('安徽农业大学');
    await chooseOption(page, enrol.locator('[data-test=level]'), '研究生');
    await submitAndClose(page, 'enrollEducation');
    const table = page.locator('[data-test=education]');
    await expect.poll(() => table.textContent()).toContain('在读');
    expect(await page.locator('[data-test=action-enrollEducation]').count()).toBe(0);

    const complete = await openDossierAction(page, '学历提升', 'completeEducation');
    expect(await complete.locator('[data-test=studying]').textContent()).toContain('安徽农业大学');
    await complete.locator('[data-test=degree]').fill('农业硕士');
    await submitAndClose(page, 'completeEducation');
    await expect.poll(() => table.textContent()).toContain('农业硕士');
    await expect.poll(() => page.locator('[data-test=dossier]').textContent()).toContain('研究生');
    expect(await typesOf(cadre.candidate)).toEqual(
      expect.arrayContaining(['EducationEnrolled', 'EducationCompleted']),
    );
  });

  it('records a training, an honor and an annual assessment', async () => {
    const training = await openDossierAction(page, '培训记录', 'recordTraining');
    await training.locator('[data-test=topic]').fill('村级集体经济发展');
    await submitAndClose(page, 'recordTraining');
    await expect
      .poll(() => page.locator('[data-test=trainings]').textContent())
      .toContain('村级集体经济发展');

    const honor = await openDossierAction(page, '荣誉', 'honorCadre');
    await honor.locator('[data-test=title]').fill('优秀共产党员');
    await honor.locator('[data-test=honor-level]').getByText('区级').click();
    await honor.locator('[data-test=awarding-body]').fill('区委组织部');
    await submitAndClose(page, 'honorCadre');
    await expect.poll(() => page.locator('[data-test=honors]').textContent()).toContain('优秀共产党员');
    expect(await page.locator('[data-test=honors]').textContent()).toContain('区级');

    const assessment = await openDossierAction(page, '年度考评', 'recordAssessment');
    await assessment.locator('[data-test=score] input').fill('95.5');
    await assessment.locator('[data-test=grade]').getByText('优秀').click();
    await assessment.locator('[data-test=bonus] input').fill('3000');
    await submitAndClose(page, 'recordAssessment');
    const assessments = page.locator('[data-test=assessments]');
    await expect.poll(() => assessments.textContent()).toContain('95.5');
    expect(await assessments.textContent()).toContain('优秀');

    const events = await eventsOf(admin, `cadre-${cadre.candidate}`);
    expect(events.find((e) => e.type === 'AnnualAssessmentRecorded')?.data).toMatchObject({
      year: 2026,
      score: 95.5,
      grade: 'EXCELLENT',
      bonus: 3000,
    });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['CadreTrained', 'CadreHonored']));
  });

  it('grants a benefit to a cadre in office and updates a sitting secretary’s political portrait', async () => {
    await open(cadre.secretary);
    const benefit = await openDossierAction(page, '关爱保障', 'grantBenefit');
    await benefit.locator('[data-test=amount] input').fill('800');
    await submitAndClose(page, 'grantBenefit');
    await expect.poll(() => page.locator('[data-test=benefits]').textContent()).toContain('健康体检');

    const talk = await openDossierAction(page, '谈心谈话', 'recordInterview');
    await talk.locator('[data-test=interviewer]').fill('镇党委书记');
    await talk.locator('[data-test=findings]').fill('思想稳定，干事热情高');
    await submitAndClose(page, 'recordInterview');

    const portrait = await openDossierAction(page, '政治画像', 'updatePortrait');
    await portrait.locator('[data-test=text]').fill('政治坚定，敢于担当，群众基础好');
    await portrait.locator('[data-test=basis-HEART_TO_HEART]').click();
    await submitAndClose(page, 'updatePortrait');
    await expect
      .poll(() => page.locator('[data-test=dossier]').textContent())
      .toContain('政治坚定，敢于担当');
    expect(await typesOf(cadre.secretary)).toEqual(
      expect.arrayContaining(['BenefitGranted', 'CadreInterviewed', 'PoliticalPortraitUpdated']),
    );
  });
});
