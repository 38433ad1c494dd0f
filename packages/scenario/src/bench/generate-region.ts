import { deterministicUuid } from '@cadre/application';
import type { CommandName } from '@cadre/domain';
import type { EventStore } from '@cadre/event-store';
import { demoPhone } from '../id-numbers.js';
import type { DemoSeat } from '../zhouwang/people.js';
import { REVIEWING_DEPARTMENTS, TRAINING_TOPICS } from '../zhouwang/town.js';
import { DirectCommandRunner } from './direct-command-runner.js';
import { COMMITTEE_MEMBERS, RESERVES, regionPerson, regionSeats } from './region-people.js';

/** How large a generated region is. */
export interface RegionSize {
  townships: number;
  villagesPerTownship: number;
  /** Committee members per village, the party secretary first. */
  membersPerVillage: number;
  reservesPerVillage: number;
  /** About this many events in all: the monthly activity is spread to reach it. */
  targetEvents: number;
  /** One cadre (the first village's secretary) with about this many events, for time-travel figures. */
  longHistory: number;
}

export const DISTRICT_SIZE: RegionSize = {
  townships: 15,
  villagesPerTownship: 20,
  membersPerVillage: 6,
  reservesPerVillage: 3,
  targetEvents: 100_000,
  longHistory: 1000,
};

/** ≈16,000 villages, ≈150,000 cadres and reserve cadres, ≈5×10^6 events. */
export const PROVINCE_SIZE: RegionSize = {
  townships: 800,
  villagesPerTownship: 20,
  membersPerVillage: 6,
  reservesPerVillage: 3,
  targetEvents: 5_000_000,
  longHistory: 1000,
};

export interface GeneratedRegion {
  events: number;
  commands: number;
  townships: number;
  villages: number;
  /** Committee members (those replaced in a by-election included) and reserve cadres. */
  cadres: number;
  townshipId: string;
  villageId: string;
  longHistoryCadreId: string;
  /** The first and the last business day of the history. */
  firstDay: string;
  lastDay: string;
}

export interface RegionOptions {
  /** Called after every append of a batch, with the events decided so far. */
  onProgress?: (events: number) => void;
}

interface Village {
  id: string;
  townshipId: string;
  members: Array<{ cadreId: string; seats: DemoSeat[] }>;
  reserves: string[];
}

const ELECTED = { registeredOn: '2021-08-01', openedOn: '2021-09-01', concludedOn: '2021-09-20' };
const TERM_STARTED_ON = '2021-10-15';
/** The activity months: from the first month after the 2021 换届 to October 2026. */
const FIRST_MONTH = { year: 2021, month: 11 };
const MONTHS = 60;
const RESERVES_ENLISTED_ON = '2022-03-15';
const BY_ELECTION_MONTH = 28; // 2024-03
const CORRECTION_MONTH = 19; // 2023-06
const pad = (n: number) => String(n).padStart(2, '0');
/** Average events of one unit of monthly activity (see `activity`): (2 + 5 + 3 × 1) / 5. */
const EVENTS_PER_UNIT = 2;

/**
 * A region (a district, a province) built with domain commands: townships of villages and communities,
 * each with its committee elected in 2021 (one secretary, 凡进必审 for every seat) and its term, reserve
 * cadres with mentors, then five years of monthly activity — trainings with attendance, talks, pledges and
 * their evaluation, annual assessments, honors, service requests — with by-elections, profile corrections
 * and back-dated entries. Deterministic: the same size gives the same events.
 */
export async function generateRegion(
  store: EventStore,
  size: RegionSize,
  options: RegionOptions = {},
): Promise<GeneratedRegion> {
  const runner = new DirectCommandRunner(store, new Date('2026-11-25T08:00:00Z'));
  const id = (...parts: string[]) => deterministicUuid('region', ...parts);
  const run = async (name: CommandName, input: Record<string, unknown>, on: string) => {
    runner.execute(name, input, on);
    if (runner.pendingEvents >= 20_000) {
      await runner.flush();
      options.onProgress?.(runner.events);
    }
  };
  let people = 0;
  let reservePeople = 0;

  const admit = async (
    village: Village,
    seats: DemoSeat[],
    dates: { registeredOn: string; openedOn: string; concludedOn: string; appointedOn: string },
    method: string,
  ) => {
    const n = people++;
    const cadreId = id('cadre', String(n));
    const partyMember = seats.some((s) => s.committee === 'PARTY_COMMITTEE');
    const profile = regionPerson(n, COMMITTEE_MEMBERS, partyMember);
    await run('RegisterCadre', { cadreId, villageId: village.id, profile }, dates.registeredOn);
    for (const [s, seat] of seats.entries()) {
      const reviewId = id('review', String(n), String(s));
      const review = { cadreId, reviewId, villageId: village.id, townshipId: village.townshipId, ...seat };
      await run('OpenQualificationReview', { ...review, openedOn: dates.openedOn }, dates.openedOn);
      for (const department of REVIEWING_DEPARTMENTS) {
        await run(
          'RecordDepartmentVerdict',
          { cadreId, reviewId, department: department.code, verdict: 'APPROVED', decidedOn: dates.openedOn },
          dates.openedOn,
        );
      }
      await run(
        'ConcludeQualificationReview',
        { cadreId, reviewId, concludedOn: dates.concludedOn },
        dates.concludedOn,
      );
      await run(
        'AppointCadre',
        { cadreId, villageId: village.id, ...seat, method, appointedOn: dates.appointedOn },
        dates.appointedOn,
      );
    }
    return { cadreId, seats };
  };

  // The townships and their villages (every fifth a community), registered before the 2021 换届.
  const villages: Village[] = [];
  for (let t = 0; t < size.townships; t++) {
    const townshipId = id('township', String(t));
    await run(
      'RegisterTownship',
      {
        townshipId,
        name: `第${t + 1}镇`,
        district: `第${Math.floor(t / 15) + 1}区`,
        settings: { reviewingDepartments: REVIEWING_DEPARTMENTS, admonishmentThreshold: 0.3 },
      },
      '2021-01-05',
    );
    for (let v = 0; v < size.villagesPerTownship; v++) {
      const villageId = id('village', String(t), String(v));
      const kind = v % 5 === 4 ? 'COMMUNITY' : 'VILLAGE';
      const name = `第${t + 1}镇${v + 1}${kind === 'COMMUNITY' ? '社区' : '村'}`;
      await run('RegisterVillage', { villageId, townshipId, name, kind }, '2021-01-06');
      villages.push({ id: villageId, townshipId, members: [], reserves: [] });
    }
  }

  // The 2021 换届: every committee elected and appointed, seat by seat, then its term recorded.
  for (const [v, village] of villages.entries()) {
    for (let i = 0; i < size.membersPerVillage; i++) {
      const seats = regionSeats(i, v % 2 === 0);
      village.members.push(
        await admit(village, seats, { ...ELECTED, appointedOn: TERM_STARTED_ON }, 'ELECTION'),
      );
    }
    await run('RecordCommitteeTerm', { villageId: village.id, startedOn: TERM_STARTED_ON }, TERM_STARTED_ON);
  }

  // 后备干部, each with mentors: the township's leader, the secretary and two members.
  for (const village of villages) {
    for (let r = 0; r < size.reservesPerVillage; r++) {
      const n = reservePeople++;
      const cadreId = id('reserve', String(n));
      const profile = regionPerson(n, RESERVES, true);
      await run('RegisterCadre', { cadreId, villageId: village.id, profile }, '2022-02-20');
      await run(
        'EnlistReserveCadre',
        {
          cadreId,
          villageId: village.id,
          source: (['ENTREPRENEUR', 'RETURNING_GRADUATE', 'VETERAN'] as const)[n % 3],
          tier: (n % 3) + 1,
          enlistedOn: RESERVES_ENLISTED_ON,
        },
        RESERVES_ENLISTED_ON,
      );
      await run(
        'AssignMentors',
        {
          cadreId,
          townshipLeader: '包村领导',
          secretaryCadreId: village.members[0]!.cadreId,
          memberCadreIds: village.members.slice(1, 3).map((m) => m.cadreId),
          assignedOn: '2022-04-01',
        },
        '2022-04-01',
      );
      village.reserves.push(cadreId);
    }
  }

  const monthOf = (m: number) => {
    const index = FIRST_MONTH.month - 1 + m;
    return { year: FIRST_MONTH.year + Math.floor(index / 12), month: (index % 12) + 1 };
  };
  const dayIn = (m: number, day: number) => {
    const { year, month } = monthOf(m);
    return `${year}-${pad(month)}-${pad(day)}`;
  };
  // Pledges (made, reported on, evaluated) and annual assessments: 19 events per member over the months.
  const yearlyEvents = villages.length * size.membersPerVillage * 19;
  const units = Math.max(
    0,
    Math.round((size.targetEvents - runner.events - yearlyEvents - size.longHistory) / EVENTS_PER_UNIT),
  );
  const slots = villages.length * MONTHS;
  const unitsOf = (slot: number) =>
    Math.floor(((slot + 1) * units) / slots) - Math.floor((slot * units) / slots);
  const longHistoryCadreId = villages[0]!.members[0]!.cadreId;
  let unit = 0;

  /** An entry on one cadre's file: a talk, a training of their own, or an honor (k picks which). */
  const onFile = async (village: Village, on: string, cadreId: string, k: number) => {
    if (k % 3 === 0) {
      const kind = k % 2 === 0 ? 'HEART_TO_HEART' : 'FIELD_VISIT';
      const talk = { cadreId, townshipId: village.townshipId, kind, interviewer: '镇党委组织委员' };
      await run('RecordInterview', { ...talk, heldOn: on, findings: '履职情况良好' }, on);
    } else if (k % 3 === 1) {
      const topic = `${TRAINING_TOPICS[k % TRAINING_TOPICS.length]}${k}`;
      await run('RecordTraining', { cadreId, topic, kind: 'INTERNAL', trainedOn: on }, on);
    } else {
      const honor = { cadreId, title: `先进个人${k}`, level: 'TOWNSHIP', awardingBody: '镇党委' };
      await run('HonorCadre', { ...honor, awardedOn: on }, on);
    }
  };

  /** One unit of a village's monthly activity on day `day` (1–23) of month m: two events on average. */
  const activity = async (village: Village, m: number, day: number, cadreId: string) => {
    const on = dayIn(m, day);
    const k = unit++;
    switch (k % 5) {
      case 0: {
        const trainingId = id('training', String(k));
        const topic = `${TRAINING_TOPICS[k % TRAINING_TOPICS.length]}${k}`;
        const session = { trainingId, townshipId: village.townshipId, topic, kind: 'INTERNAL' };
        await run('ScheduleTraining', { ...session, date: on, place: '镇党群服务中心' }, on);
        const attendees = [...village.members.map((p) => p.cadreId), ...(m >= 5 ? village.reserves : [])];
        await run('RecordTrainingHeld', { trainingId, heldOn: on, attendees }, on);
        break;
      }
      case 1: {
        const requestId = id('request', String(k));
        const at = (offset: number) => dayIn(m, day + offset);
        const need = { requestId, villageId: village.id, description: '道路破损需修补', raisedBy: '村民' };
        await run('RaiseServiceRequest', { ...need, raisedOn: at(0) }, at(0));
        const secretary = village.members[0]!.cadreId;
        await run('DispatchServiceRequest', { requestId, cadreId: secretary, dispatchedOn: at(1) }, at(1));
        await run('AcceptServiceRequest', { requestId, acceptedOn: at(1) }, at(1));
        await run('ResolveServiceRequest', { requestId, resolution: '已协调解决', resolvedOn: at(3) }, at(3));
        await run('RateServiceRequest', { requestId, rating: 4 + (k % 2), ratedOn: at(4) }, at(4));
        break;
      }
      default:
        await onFile(village, on, cadreId, k);
    }
  };

  for (let m = 0; m < MONTHS; m++) {
    const { year, month } = monthOf(m);
    for (const [v, village] of villages.entries()) {
      if (month === 2 || month === 7 || month === 12) {
        for (const member of village.members) await yearly(member.cadreId, year, month);
      }
      if (m === BY_ELECTION_MONTH && v % 20 === 7 && village.members.length > 5) {
        await byElection(village, 5, m);
      }
      if (m === CORRECTION_MONTH && v % 10 === 3) {
        await run(
          'CorrectCadreProfile',
          {
            cadreId: village.members[1]!.cadreId,
            changes: { phone: demoPhone(500_000 + v) },
            reason: '档案核对',
            correctedOn: dayIn(m, 12),
          },
          dayIn(m, 12),
        );
      }
      const count = unitsOf(m * villages.length + v);
      for (let u = 0; u < count; u++) {
        const member = village.members[(u + m) % village.members.length]!;
        await activity(village, m, 1 + ((u * 5 + v) % 23), member.cadreId);
      }
      // 补录: now and then, a training recorded two years after the day it took place.
      if (m >= 30 && (v + m) % 50 === 0) {
        const on = dayIn(m - 24, 15);
        await run(
          'RecordTraining',
          { cadreId: village.members[0]!.cadreId, topic: '补录培训', kind: 'INTERNAL', trainedOn: on },
          on,
        );
      }
    }
    const longOfMonth =
      Math.floor(((m + 1) * size.longHistory) / MONTHS) - Math.floor((m * size.longHistory) / MONTHS);
    for (let i = 0; i < longOfMonth; i++) {
      await onFile(villages[0]!, dayIn(m, 1 + (i % 28)), longHistoryCadreId, i);
    }
  }

  async function yearly(cadreId: string, year: number, month: number) {
    if (month === 2) {
      const on = `${year}-02-15`;
      await run('MakePledge', { cadreId, year, items: ['为民办实事一件'], madeOn: on }, on);
    } else if (month === 7) {
      const on = `${year}-07-10`;
      await run('ReportPledgeProgress', { cadreId, year, progress: '按计划推进', reportedOn: on }, on);
    } else {
      const on = `${year}-12-20`;
      const score = 78 + ((cadreId.charCodeAt(0) + year) % 20);
      if (year > 2021) {
        const rating = score >= 90 ? 'EXCELLENT' : 'COMPETENT';
        await run(
          'EvaluatePledge',
          { cadreId, year, residentsRating: rating, organizationRating: rating, evaluatedOn: on },
          on,
        );
      }
      await run(
        'RecordAnnualAssessment',
        {
          cadreId,
          year,
          score,
          grade: score >= 90 ? 'EXCELLENT' : 'COMPETENT',
          bonus: 3000 + (score - 78) * 100,
        },
        `${year}-12-28`,
      );
    }
  }

  /** 凡动必报: the i-th member resigns and a newcomer is elected to the seat (补选) after the joint review. */
  async function byElection(village: Village, i: number, m: number) {
    const leaving = village.members[i]!;
    for (const seat of leaving.seats) {
      await run(
        'LeavePost',
        {
          cadreId: leaving.cadreId,
          villageId: village.id,
          ...seat,
          reason: 'RESIGNED',
          leftOn: dayIn(m, 10),
        },
        dayIn(m, 10),
      );
    }
    const dates = {
      registeredOn: dayIn(m, 12),
      openedOn: dayIn(m, 14),
      concludedOn: dayIn(m, 20),
      appointedOn: dayIn(m, 25),
    };
    const newcomer = await admit(village, leaving.seats, dates, 'BY_ELECTION');
    const pledge = { cadreId: newcomer.cadreId, year: monthOf(m).year, items: ['为民办实事一件'] };
    await run('MakePledge', { ...pledge, madeOn: dayIn(m, 27) }, dayIn(m, 27));
    village.members[i] = newcomer;
  }

  await runner.flush();
  options.onProgress?.(runner.events);
  return {
    events: runner.events,
    commands: runner.commandsRun,
    townships: size.townships,
    villages: villages.length,
    cadres: people + reservePeople,
    townshipId: villages[0]!.townshipId,
    villageId: villages[0]!.id,
    longHistoryCadreId,
    firstDay: '2021-01-05',
    lastDay: dayIn(MONTHS - 1, 28),
  };
}

/** A district: ≈300 villages, ≈10^5 events (DISTRICT_SIZE; any part of the size may be given). */
export function generateDistrict(
  store: EventStore,
  options: Partial<RegionSize> & RegionOptions = {},
): Promise<GeneratedRegion> {
  const { onProgress, ...size } = options;
  return generateRegion(store, { ...DISTRICT_SIZE, ...size }, { ...(onProgress ? { onProgress } : {}) });
}

/** A province: ≈16,000 villages, ≈150,000 cadres and reserve cadres, ≈5×10^6 events (PROVINCE_SIZE). */
export function generateProvince(
  store: EventStore,
  options: Partial<RegionSize> & RegionOptions = {},
): Promise<GeneratedRegion> {
  const { onProgress, ...size } = options;
  return generateRegion(store, { ...PROVINCE_SIZE, ...size }, { ...(onProgress ? { onProgress } : {}) });
}
