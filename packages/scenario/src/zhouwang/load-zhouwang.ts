import type { CommandBus } from '@cadre/application';
import { ScenarioWriter } from '../scenario-writer.js';
import {
  byElectedMember,
  type DemoMember,
  electedMembers,
  RESIGNING_MEMBER,
  reserveCadres,
  STUDYING_MEMBERS,
  UPGRADED_MEMBER,
} from './people.js';
import { demoProfile } from './profiles.js';
import { ReportCalendar } from './report-calendar.js';
import { REVIEWING_DEPARTMENTS, TOWNSHIP, TRAINING_TOPICS, VILLAGES } from './town.js';

export interface ZhouwangOptions {
  /**
   * Today (yyyy-mm-dd, China time). Its year is the report's "this year" (今年): this year's trainings,
   * pledges, talks, honors, benefits, requests and the by-election fall between 1 January and today.
   */
  today: string;
}

const SCENARIO = 'zhouwang';

interface AdmissionDates {
  registeredOn: string;
  openedOn: string;
  decidedOn: string;
  concludedOn: string;
  appointedOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * 周王镇 as the source report describes it, entered only through domain commands in the order a
 * clerk would have entered them, this year's activities dated between 1 January and today (see
 * `ReportCalendar`). Loading it twice on the same day writes nothing new.
 */
export async function loadZhouwangScenario(
  bus: CommandBus,
  options: ZhouwangOptions,
): Promise<{ commands: number; position: bigint }> {
  const w = new ScenarioWriter(bus, SCENARIO, 'system:demo');
  const calendar = new ReportCalendar(options.today);
  const Y = calendar.year;
  /** This year's date of a nominal month-day (mm-dd), fitted into [1 January, today]. */
  const d = (monthDay: string) => calendar.thisYear(monthDay);
  const election = Y - 5;
  const townshipId = w.id('township');
  const villageIds = VILLAGES.map((v) => w.id('village', v.name));
  const cadreId = (serial: number) => w.id('cadre', String(serial));

  await w.run(
    'RegisterTownship',
    {
      townshipId,
      ...TOWNSHIP,
      settings: { reviewingDepartments: REVIEWING_DEPARTMENTS, admonishmentThreshold: 0.3 },
    },
    `${election}-01-05`,
    'township',
  );
  for (const [v, village] of VILLAGES.entries()) {
    await w.run(
      'RegisterVillage',
      { villageId: villageIds[v], townshipId, name: village.name, kind: village.kind },
      `${election}-01-06`,
      `village-${v}`,
    );
  }

  /** 凡进必审: every entrant passes the joint review of every department for each seat they take (一肩挑: two). */
  async function admit(member: DemoMember, dates: AdmissionDates, method: string) {
    const { registeredOn, openedOn, decidedOn, concludedOn, appointedOn } = dates;
    const id = cadreId(member.serial);
    const villageId = villageIds[member.village];
    await w.run(
      'RegisterCadre',
      { cadreId: id, villageId, profile: demoProfile(member) },
      registeredOn,
      `register-${member.serial}`,
    );
    for (const [s, seat] of member.seats.entries()) {
      // The first seat's ids and keys are those of a single review, as before 一肩挑 needed two.
      const ofSeat = s === 0 ? `${member.serial}` : `${member.serial}-seat-${s}`;
      const reviewId = w.id('review', ofSeat);
      await w.run(
        'OpenQualificationReview',
        { cadreId: id, reviewId, villageId, townshipId, ...seat, openedOn },
        openedOn,
        `review-${ofSeat}`,
      );
      for (const department of REVIEWING_DEPARTMENTS) {
        await w.run(
          'RecordDepartmentVerdict',
          { cadreId: id, reviewId, department: department.code, verdict: 'APPROVED', decidedOn },
          decidedOn,
          `verdict-${ofSeat}-${department.code}`,
        );
      }
      await w.run(
        'ConcludeQualificationReview',
        { cadreId: id, reviewId, concludedOn },
        concludedOn,
        `conclude-${ofSeat}`,
      );
      await w.run(
        'AppointCadre',
        { cadreId: id, villageId, ...seat, method, appointedOn },
        appointedOn,
        `appoint-${member.serial}-${s}`,
      );
    }
  }

  const elected = electedMembers();
  for (const member of elected) {
    await admit(
      member,
      {
        registeredOn: `${election}-08-01`,
        openedOn: `${election}-09-01`,
        decidedOn: `${election}-09-10`,
        concludedOn: `${election}-09-20`,
        appointedOn: `${election}-10-15`,
      },
      'ELECTION',
    );
  }
  // The committees elected then serve five-year terms, so the demo's year (Y) is a 换届 year.
  for (const [v] of VILLAGES.entries()) {
    await w.run(
      'RecordCommitteeTerm',
      { villageId: villageIds[v], startedOn: `${election}-10-15` },
      `${election}-10-15`,
      `term-${v}`,
    );
  }
  const secretaryOf = (v: number) =>
    elected.find((m) => m.village === v && m.seats[0]!.position === 'PARTY_SECRETARY')!;

  // 届中分析: the mid-term review of every committee, with early-warning issues and their correction.
  for (const [v] of VILLAGES.entries()) {
    const warnings =
      v % 3 === 1
        ? [{ issueId: w.id('warning', String(v)), description: '个别干部履职积极性不高，村务公开不及时' }]
        : [];
    await w.run(
      'RecordCommitteeReview',
      {
        villageId: villageIds[v],
        period: `${Y - 3}届中`,
        reviewedOn: `${Y - 2}-06-20`,
        findings: '班子团结协作，议事规则执行较好；产业发展思路需进一步拓宽。',
        earlyWarnings: warnings,
      },
      `${Y - 2}-06-20`,
      `committee-review-${v}`,
    );
    if (v === 1) {
      await w.run(
        'ResolveEarlyWarning',
        {
          villageId: villageIds[v],
          issueId: w.id('warning', String(v)),
          correctiveAction: '建立村务公开月度清单，包村领导督办',
          resolvedOn: `${Y - 2}-09-15`,
        },
        `${Y - 2}-09-15`,
        `resolve-warning-${v}`,
      );
    }
  }

  // 学历提升计划.
  const upgraded = cadreId(UPGRADED_MEMBER);
  const programme = { programme: '农业经济管理（专科）', school: '安徽农业大学', level: 'JUNIOR_COLLEGE' };
  await w.run(
    'EnrollEducation',
    { cadreId: upgraded, ...programme, enrolledOn: `${Y - 3}-09-01` },
    `${Y - 3}-09-01`,
    'enroll-upgraded',
  );
  await w.run(
    'CompleteEducation',
    { cadreId: upgraded, completedOn: `${Y - 1}-07-01` },
    `${Y - 1}-07-01`,
    'complete-upgraded',
  );
  for (const serial of STUDYING_MEMBERS) {
    await w.run(
      'EnrollEducation',
      {
        cadreId: cadreId(serial),
        programme: '农林经济管理（本科）',
        school: '安徽农业大学',
        level: 'BACHELOR',
        enrolledOn: `${Y - 1}-09-01`,
      },
      `${Y - 1}-09-01`,
      `enroll-${serial}`,
    );
  }

  // 梯度培育、动态储备: the reserve pool, each with 1+1+N mentors.
  for (const [n, reserve] of reserveCadres().entries()) {
    const id = cadreId(reserve.serial);
    await w.run(
      'RegisterCadre',
      { cadreId: id, villageId: villageIds[reserve.village], profile: demoProfile(reserve) },
      `${Y - 1}-02-20`,
      `register-${reserve.serial}`,
    );
    await w.run(
      'EnlistReserveCadre',
      {
        cadreId: id,
        villageId: villageIds[reserve.village],
        source: reserve.source,
        tier: reserve.tier,
        enlistedOn: `${Y - 1}-03-15`,
      },
      `${Y - 1}-03-15`,
      `enlist-${reserve.serial}`,
    );
    const villageMembers = elected.filter(
      (m) => m.village === reserve.village && m.serial !== RESIGNING_MEMBER,
    );
    await w.run(
      'AssignMentors',
      {
        cadreId: id,
        townshipLeader: '包村领导',
        secretaryCadreId: cadreId(secretaryOf(reserve.village).serial),
        memberCadreIds: villageMembers.slice(1, 3).map((m) => cadreId(m.serial)),
        assignedOn: `${Y - 1}-04-01`,
      },
      `${Y - 1}-04-01`,
      `mentors-${reserve.serial}`,
    );
    if (reserve.tier === 2 && n === 1) {
      await w.run(
        'ChangeReserveTier',
        { cadreId: id, tier: 1, changedOn: d('01-15'), reason: '年度考察优秀' },
        d('01-15'),
        `tier-${reserve.serial}`,
      );
    }
  }

  // Last year's 一诺双评 cycle and annual assessment (综合考评 with differentiated bonus).
  for (const m of elected) {
    const id = cadreId(m.serial);
    await w.run(
      'MakePledge',
      { cadreId: id, year: Y - 1, items: ['为民办实事一件'], madeOn: `${Y - 1}-02-15` },
      `${Y - 1}-02-15`,
      `pledge-${Y - 1}-${m.serial}`,
    );
    await w.run(
      'ReportPledgeProgress',
      { cadreId: id, year: Y - 1, progress: '按计划推进', reportedOn: `${Y - 1}-07-10` },
      `${Y - 1}-07-10`,
      `progress-${Y - 1}-${m.serial}`,
    );
    const rating =
      m.serial % 4 === 0 ? 'EXCELLENT' : m.serial % 11 === 7 ? 'BASICALLY_COMPETENT' : 'COMPETENT';
    await w.run(
      'EvaluatePledge',
      {
        cadreId: id,
        year: Y - 1,
        residentsRating: rating,
        organizationRating: rating,
        evaluatedOn: `${Y - 1}-12-20`,
      },
      `${Y - 1}-12-20`,
      `evaluate-${Y - 1}-${m.serial}`,
    );
    const score = 78 + ((m.serial * 7) % 20);
    await w.run(
      'RecordAnnualAssessment',
      {
        cadreId: id,
        year: Y - 1,
        score,
        grade: score >= 90 ? 'EXCELLENT' : 'COMPETENT',
        bonus: score >= 90 ? 6000 : 3000 + (score - 78) * 100,
      },
      `${Y - 1}-12-28`,
      `assessment-${Y - 1}-${m.serial}`,
    );
  }

  // This year: 年初承诺 (63 items in 38 pledges), talks for the secretaries' political portraits.
  for (const m of elected) {
    const items = m.serial < 25 ? ['为民办实事一件', '推进村级产业项目'] : ['为民办实事一件'];
    await w.run(
      'MakePledge',
      { cadreId: cadreId(m.serial), year: Y, items, madeOn: d('02-15') },
      d('02-15'),
      `pledge-${Y}-${m.serial}`,
    );
  }
  for (const [v] of VILLAGES.entries()) {
    const id = cadreId(secretaryOf(v).serial);
    const talks: Array<[string, string, Record<string, unknown>]> = [
      ['HEART_TO_HEART', d('03-05'), {}],
      ['FIELD_VISIT', d('04-12'), {}],
      [
        'DEMOCRATIC_APPRAISAL',
        d('06-18'),
        { votes: { excellent: 30, competent: 10, basicallyCompetent: 2, incompetent: 0 } },
      ],
    ];
    for (const [kind, heldOn, extra] of talks) {
      await w.run(
        'RecordInterview',
        {
          cadreId: id,
          townshipId,
          kind,
          interviewer: '镇党委组织委员',
          heldOn,
          findings: '政治立场坚定，群众基础较好',
          ...extra,
        },
        heldOn,
        `interview-${kind}-${v}`,
      );
    }
    await w.run(
      'UpdatePoliticalPortrait',
      {
        cadreId: id,
        text: '政治过硬、敢于担当，带领群众发展产业成效明显；需进一步提升数字化治理能力。',
        basedOn: ['HEART_TO_HEART', 'FIELD_VISIT', 'DEMOCRATIC_APPRAISAL'],
        updatedOn: d('06-30'),
      },
      d('06-30'),
      `portrait-${v}`,
    );
  }

  // 凡动必报: a resignation and the by-election (补选) that fills the seat, after the joint review.
  const resigning = elected[RESIGNING_MEMBER]!;
  for (const [s, seat] of resigning.seats.entries()) {
    await w.run(
      'LeavePost',
      {
        cadreId: cadreId(resigning.serial),
        villageId: villageIds[resigning.village],
        ...seat,
        reason: 'RESIGNED',
        leftOn: d('03-10'),
      },
      d('03-10'),
      `leave-${resigning.serial}-${s}`,
      '本人因家庭原因申请辞去职务',
    );
  }
  const byElected = byElectedMember(resigning);
  const byElectedOn = d('04-25');
  await admit(
    byElected,
    {
      registeredOn: d('03-20'),
      openedOn: d('04-01'),
      decidedOn: d('04-10'),
      concludedOn: d('04-20'),
      appointedOn: byElectedOn,
    },
    'BY_ELECTION',
  );
  await w.run(
    'MakePledge',
    { cadreId: cadreId(byElected.serial), year: Y, items: ['为民办实事一件'], madeOn: d('05-01') },
    d('05-01'),
    `pledge-${Y}-${byElected.serial}`,
  );
  const current = [...elected.filter((m) => m.serial !== RESIGNING_MEMBER), byElected];

  // 约谈: two lax committee members this year, one after a democratic appraisal crossed the 30% line.
  await w.run(
    'RecordInterview',
    {
      cadreId: cadreId(30),
      townshipId,
      kind: 'DEMOCRATIC_APPRAISAL',
      interviewer: '镇纪委',
      heldOn: d('06-18'),
      findings: '群众反映工作不在状态',
      votes: { excellent: 5, competent: 10, basicallyCompetent: 8, incompetent: 12 },
    },
    d('06-18'),
    'appraisal-30',
  );
  for (const [serial, heldOn] of [
    [17, d('05-28')],
    [30, d('07-02')],
  ] as const) {
    await w.run(
      'RecordInterview',
      {
        cadreId: cadreId(serial),
        townshipId,
        kind: 'ADMONISHMENT',
        interviewer: '镇党委书记',
        heldOn,
        findings: '思想麻痹懈怠，责令限期整改',
      },
      heldOn,
      `admonishment-${serial}`,
    );
  }

  // 内挖潜力 + 外学先进: 12 internal sessions that reach every cadre, and 3 secretaries sent to study elsewhere.
  const reserves = reserveCadres();
  for (let k = 0; k < 12; k++) {
    const trainingId = w.id('training', String(Y), String(k));
    const date = d(`${pad(1 + Math.floor((k * 10) / 12))}-${k % 2 === 0 ? '10' : '20'}`);
    const attendees = [
      ...current.filter((m) => m.serial % 4 === k % 4 && (m !== byElected || date >= byElectedOn)),
      ...reserves.filter((_, n) => n % 3 === k % 3),
    ].map((p) => cadreId(p.serial));
    await w.run(
      'ScheduleTraining',
      {
        trainingId,
        townshipId,
        topic: TRAINING_TOPICS[k % TRAINING_TOPICS.length],
        kind: 'INTERNAL',
        date,
        place: '镇党群服务中心',
      },
      date,
      `schedule-${Y}-${k}`,
    );
    await w.run('RecordTrainingHeld', { trainingId, heldOn: date, attendees }, date, `held-${Y}-${k}`);
  }
  for (const [k, [date, villages]] of (
    [
      [d('05-15'), [0, 1]],
      [d('09-12'), [2]],
    ] as const
  ).entries()) {
    const trainingId = w.id('external-training', String(Y), String(k));
    await w.run(
      'ScheduleTraining',
      {
        trainingId,
        townshipId,
        topic: '先发乡镇产业发展与基层治理实训',
        kind: 'EXTERNAL',
        date,
        place: '浙江安吉',
      },
      date,
      `schedule-external-${Y}-${k}`,
    );
    await w.run(
      'RecordTrainingHeld',
      { trainingId, heldOn: date, attendees: villages.map((v) => cadreId(secretaryOf(v).serial)) },
      date,
      `held-external-${Y}-${k}`,
    );
  }

  // 年中践诺, and honors: 3 cadres at district level or above this year.
  for (const m of current) {
    await w.run(
      'ReportPledgeProgress',
      { cadreId: cadreId(m.serial), year: Y, progress: '承诺事项已完成过半', reportedOn: d('07-10') },
      d('07-10'),
      `progress-${Y}-${m.serial}`,
    );
  }
  const honors: Array<[number, string, string, string, string]> = [
    [3, '优秀村干部', 'TOWNSHIP', '周王镇党委', d('01-20')],
    [8, '优秀村干部', 'TOWNSHIP', '周王镇党委', d('01-20')],
    [secretaryOf(0).serial, '优秀村党组织书记', 'DISTRICT', '区委组织部', d('07-01')],
    [secretaryOf(5).serial, '优秀共产党员', 'CITY', '市委', d('07-01')],
    [13, '乡村振兴先进个人', 'DISTRICT', '区人民政府', d('09-20')],
  ];
  for (const [serial, title, level, awardingBody, awardedOn] of honors) {
    await w.run(
      'HonorCadre',
      { cadreId: cadreId(serial), title, level, awardingBody, awardedOn },
      awardedOn,
      `honor-${serial}-${title}`,
    );
  }

  // 关爱保障: check-up, pension subsidy and accident insurance for every serving cadre.
  for (const m of current) {
    for (const [kind, amount] of [
      ['HEALTH_CHECKUP', 600],
      ['PENSION_SUBSIDY', 2400],
      ['ACCIDENT_INSURANCE', 200],
    ] as const) {
      await w.run(
        'GrantBenefit',
        { cadreId: cadreId(m.serial), kind, year: Y, amount },
        d('05-20'),
        `benefit-${Y}-${m.serial}-${kind}`,
      );
    }
  }

  // 三单: 105 urgent needs raised since last spring; 101 resolved, 4 still in hand.
  for (let r = 0; r < 105; r++) {
    const v = r % VILLAGES.length;
    const requestId = w.id('request', String(r));
    const day = (offset: number) => {
      const nominal = new Date(Date.UTC(Y - 1, 2, 1) + (r * 5 + offset) * 86_400_000);
      return calendar.on(nominal.toISOString().slice(0, 10));
    };
    const secretary = cadreId(secretaryOf(v).serial);
    await w.run(
      'RaiseServiceRequest',
      {
        requestId,
        villageId: villageIds[v],
        description: ['道路破损需修补', '路灯不亮', '灌溉渠堵塞', '老人就医接送', '垃圾清运不及时'][r % 5],
        raisedBy: '村民',
        raisedOn: day(0),
      },
      day(0),
      `raise-${r}`,
    );
    if (r >= 103) continue;
    await w.run(
      'DispatchServiceRequest',
      { requestId, cadreId: secretary, dispatchedOn: day(1) },
      day(1),
      `dispatch-${r}`,
    );
    await w.run('AcceptServiceRequest', { requestId, acceptedOn: day(1) }, day(1), `accept-${r}`);
    if (r >= 101) continue;
    await w.run(
      'ResolveServiceRequest',
      { requestId, resolution: '已协调解决', resolvedOn: day(3) },
      day(3),
      `resolve-${r}`,
    );
    if (r % 2 === 0) {
      await w.run(
        'RateServiceRequest',
        { requestId, rating: 4 + (r % 4 === 0 ? 1 : 0), ratedOn: day(4) },
        day(4),
        `rate-${r}`,
      );
    }
  }

  return { commands: w.commands, position: w.position };
}
