import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TODAY, type AdminUnderTest, startAdmin } from '../support/admin-under-test.js';
import { errorUnder, eventsOf, formOf, submitAndClose } from '../support/command-forms.js';
import {
  approveThroughBus,
  DEPARTMENTS,
  registerCadre,
  registerTownAndVillage,
  runCommands,
  type Seat,
} from '../support/town.js';

const SECRETARY: Seat = { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' };
const CHAIR: Seat = { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' };

describe('the 换届 board runs a village’s general election (real browser and store)', () => {
  let admin: AdminUnderTest;
  let town: { townshipId: string; villageId: string };
  let secretary: string;
  let chair: string;
  let newcomer: string;

  beforeAll(async () => {
    admin = await startAdmin();
    admin.page.setDefaultTimeout(15_000);
    town = await registerTownAndVillage(admin, '周王村');
    secretary = await registerCadre(
      admin,
      { name: '王建国', gender: 'MALE', birthDate: '1972-03-01', serial: 41 },
      town.villageId,
    );
    chair = await registerCadre(
      admin,
      { name: '李秀英', gender: 'FEMALE', birthDate: '1966-07-09', serial: 42 },
      town.villageId,
    );
    newcomer = await registerCadre(
      admin,
      { name: '赵晓峰', gender: 'MALE', birthDate: '1990-11-20', serial: 43 },
      town.villageId,
    );
    for (const [cadreId, seat] of [
      [secretary, SECRETARY],
      [chair, CHAIR],
    ] as const) {
      await approveThroughBus(admin, { cadreId, ...town }, seat);
      await runCommands(admin, [
        [
          'AppointCadre',
          { cadreId, villageId: town.villageId, ...seat, method: 'ELECTION', appointedOn: ADMIN_TODAY },
        ],
      ]);
    }
    await runCommands(admin, [
      ['RecordCommitteeTerm', { villageId: town.villageId, startedOn: '2021-10-15' }],
    ]);
  });
  afterAll(async () => {
    await admin?.stop();
  });

  /** 部门联审 of an election candidate, through the bus: every department approves. */
  async function approveCandidate(cadreId: string) {
    const [registered] = (await eventsOf(admin, `cadre-${cadreId}`))
      .filter((e) => e.type === 'QualificationReviewOpened')
      .slice(-1);
    const reviewId = (registered!.data as { reviewId: string }).reviewId;
    await runCommands(admin, [
      ...DEPARTMENTS.map((d): Parameters<typeof runCommands>[1][number] => [
        'RecordDepartmentVerdict',
        { cadreId, reviewId, department: d.code, verdict: 'APPROVED', decidedOn: ADMIN_TODAY },
      ]),
      ['ConcludeQualificationReview', { cadreId, reviewId, concludedOn: ADMIN_TODAY }],
    ]);
  }

  it('starts, registers candidates, records results, lets the old chair go and opens the new term', async () => {
    const { page, gateway } = admin;
    await page.goto(`${gateway.url}/villages/${town.villageId}`);
    await expect
      .poll(() => page.locator('[data-test=term-range]').textContent())
      .toBe('2021-10-15 至 2026-10-15');

    await page.goto(`${gateway.url}/elections`);
    await page.locator('[data-test=no-election]').waitFor();
    await page.locator('[data-test=start-election]').click();
    await expect
      .poll(() => formOf(page, 'startGeneralElection').locator('[data-test=election-villages]').textContent())
      .toContain('周王村');
    await submitAndClose(page, 'startGeneralElection');
    const card = page.locator('[data-test=election-village-周王村]');
    await card.waitFor();

    // The newcomer stands for chair through the form; the secretary stands again (sent as the office would).
    await card.locator('[data-test=register-candidate]').click();
    const candidate = formOf(page, 'registerElectionCandidate');
    await candidate.locator('[data-test=candidate]').click();
    await page.keyboard.type('赵晓峰');
    await page.getByRole('option', { name: '赵晓峰', exact: true }).click();
    await candidate.locator('[data-test=committee-RESIDENTS_COMMITTEE]').click();
    await candidate.locator('[data-test=position-CHAIR]').click();
    await submitAndClose(page, 'registerElectionCandidate');
    const [started] = (await eventsOf(admin, `township-${town.townshipId}`)).filter(
      (e) => e.type === 'GeneralElectionStarted',
    );
    const electionId = (started!.data as { electionId: string }).electionId;
    await runCommands(admin, [
      [
        'RegisterElectionCandidate',
        {
          ...town,
          electionId,
          cadreId: secretary,
          ...SECRETARY,
          reviewId: randomUUID(),
          registeredOn: ADMIN_TODAY,
        },
      ],
    ]);
    await page.reload();
    const rows = card.locator('[data-test=candidates] tbody tr');
    await expect
      .poll(() => card.locator('[data-test=review-status]').allTextContents())
      .toEqual(['审查中', '审查中']);
    // Concluding now is refused: the candidates' reviews are still open.
    await card.locator('[data-test=conclude-village]').click();
    await page.locator('[data-test=concludeVillageElection-submit]').click();
    await expect
      .poll(() => formOf(page, 'concludeVillageElection').textContent())
      .toContain('尚有候选人未办结资格联审或未登记选举结果');
    await page.keyboard.press('Escape');
    await formOf(page, 'concludeVillageElection').waitFor({ state: 'detached' });

    for (const cadreId of [newcomer, secretary]) await approveCandidate(cadreId);
    await page.reload();
    await expect
      .poll(() => card.locator('[data-test=review-status]').allTextContents())
      .toEqual(['通过', '通过']);

    // The chair does not stand again: she leaves at the end of the term, freeing the seat.
    await expect.poll(() => card.locator('[data-test=not-standing]').textContent()).toContain('李秀英');
    await card.locator('[data-test=incumbent-leaves]').click();
    await submitAndClose(page, 'incumbentLeaves');
    for (const name of ['赵晓峰', '王建国']) {
      await rows.filter({ hasText: name }).locator('[data-test=record-elected]').click();
      await submitAndClose(page, 'recordElectionResult');
    }
    await expect.poll(() => card.locator('[data-test=result]').allTextContents()).toHaveLength(2);

    await card.locator('[data-test=conclude-village]').click();
    await submitAndClose(page, 'concludeVillageElection');
    await expect.poll(() => card.locator('[data-test=village-closed]').isVisible()).toBe(true);

    const appointed = (await eventsOf(admin, `cadre-${newcomer}`)).find((e) => e.type === 'CadreAppointed');
    expect(appointed?.data).toMatchObject({ ...CHAIR, method: 'ELECTION', appointedOn: ADMIN_TODAY });
    const left = (await eventsOf(admin, `cadre-${chair}`)).find((e) => e.type === 'CadreLeftPost');
    expect(left?.data).toMatchObject({ reason: 'TERM_ENDED' });
    const term = (await eventsOf(admin, `village-${town.villageId}`)).filter(
      (e) => e.type === 'CommitteeTermStarted',
    );
    expect(term.at(-1)?.data).toMatchObject({
      startedOn: ADMIN_TODAY,
      plannedEndOn: '2031-12-01',
      electionId,
    });

    await page.goto(`${gateway.url}/villages/${town.villageId}`);
    await expect
      .poll(() => page.locator('[data-test=term-range]').textContent())
      .toBe('2026-12-01 至 2031-12-01');
    expect(await page.locator('[data-test=term-election]').textContent()).toContain('已完成');
  });

  it('sets the calendar thresholds in the township settings, refusing one out of range under its field', async () => {
    const { page, gateway } = admin;
    const settingsEvents = async () =>
      (await eventsOf(admin, `township-${town.townshipId}`)).filter(
        (e) => e.type === 'TownshipSettingsChanged',
      );
    await page.goto(`${gateway.url}/townships`);
    await page.locator('[data-test=change-settings]').click();
    const form = formOf(page, 'changeSettings');
    expect(await form.locator('[data-test=reserve-age] input').inputValue()).toBe('35');
    await form.locator('[data-test=reserve-age] input').fill('71');
    await form
      .locator('[data-test=reserve-age] input')
      .evaluate((input) => (input as HTMLInputElement).blur());
    await page.locator('[data-test=changeSettings-submit]').click();
    await expect
      .poll(() => errorUnder(form, 'reserve-age').textContent())
      .toBe('后备干部年龄线大于允许的最大值');
    expect(await settingsEvents()).toHaveLength(0);

    await form.locator('[data-test=reserve-age] input').fill('40');
    await form
      .locator('[data-test=reserve-age] input')
      .evaluate((input) => (input as HTMLInputElement).blur());
    await submitAndClose(page, 'changeSettings');
    const [changed] = await settingsEvents();
    expect(changed?.data).toMatchObject({
      reserveCadreAgeThreshold: 40,
      committeeMemberAgeThreshold: 60,
      reviewOpenTooLongDays: 30,
      termReminderMonths: [6, 3],
    });
  });
});
