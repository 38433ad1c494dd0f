import { randomUUID } from 'node:crypto';
import type { CommandName } from '@cadre/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { DEPARTMENTS, profileOf, SECRETARY_SEAT } from './support/appointment-fixture.js';
import { commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

/** The day the history is typed in, when it is typed in at once: 2026-12-01, 10:00 in China. */
const ENTRY_DAY = new Date('2026-12-01T02:00:00Z');
/** A business date at 10:00 China time: the moment a clerk entering it that day would send it. */
const workingHourOf = (date: string) => new Date(`${date}T10:00:00+08:00`);

const MEMBER_SEAT = { committee: 'PARTY_COMMITTEE', position: 'MEMBER' } as const;
const ids = {
  township: randomUUID(),
  village: randomUUID(),
  secretary: randomUUID(),
  member: randomUUID(),
  newcomer: randomUUID(),
  training2025: randomUUID(),
  training2026: randomUUID(),
};

type Step = [date: string, command: CommandName, input: Record<string, unknown>];

/** 凡进必审 for one seat, then the appointment: each step on its own day. */
function admission(cadreId: string, seat: object, [opened, decided, concluded, appointed]: string[]): Step[] {
  const reviewId = randomUUID();
  const at = { cadreId, reviewId };
  return [
    [
      opened!,
      'OpenQualificationReview',
      { ...at, villageId: ids.village, townshipId: ids.township, ...seat, openedOn: opened },
    ],
    ...DEPARTMENTS.map(
      (d): Step => [
        decided!,
        'RecordDepartmentVerdict',
        { ...at, department: d.code, verdict: 'APPROVED', decidedOn: decided },
      ],
    ),
    [concluded!, 'ConcludeQualificationReview', { ...at, concludedOn: concluded }],
    [
      appointed!,
      'AppointCadre',
      { cadreId, villageId: ids.village, ...seat, method: 'ELECTION', appointedOn: appointed },
    ],
  ];
}

const register = (date: string, cadreId: string, name: string, serial: number): Step => [
  date,
  'RegisterCadre',
  {
    cadreId,
    villageId: ids.village,
    profile: profileOf(name, 'MALE', '1980-01-01', serial),
    registeredOn: date,
  },
];

/** Three years of a township, in the order things happened. */
const HISTORY: Step[] = [
  [
    '2024-01-05',
    'RegisterTownship',
    {
      townshipId: ids.township,
      name: '周王镇',
      district: '肥东县',
      settings: { reviewingDepartments: DEPARTMENTS },
      registeredOn: '2024-01-05',
    },
  ],
  [
    '2024-01-06',
    'RegisterVillage',
    {
      villageId: ids.village,
      townshipId: ids.township,
      name: '周王村',
      kind: 'VILLAGE',
      registeredOn: '2024-01-06',
    },
  ],
  register('2024-03-01', ids.secretary, '王书记', 1),
  ...admission(ids.secretary, SECRETARY_SEAT, ['2024-03-05', '2024-03-20', '2024-03-28', '2024-04-15']),
  register('2024-05-01', ids.member, '李委员', 2),
  ...admission(ids.member, MEMBER_SEAT, ['2024-05-05', '2024-05-15', '2024-05-20', '2024-06-01']),
  [
    '2025-02-10',
    'ScheduleTraining',
    {
      trainingId: ids.training2025,
      townshipId: ids.township,
      topic: '和美乡村建设',
      kind: 'INTERNAL',
      date: '2025-03-12',
      place: '镇党群服务中心',
      scheduledOn: '2025-02-10',
    },
  ],
  [
    '2025-03-12',
    'RecordTrainingHeld',
    { trainingId: ids.training2025, heldOn: '2025-03-12', attendees: [ids.secretary, ids.member] },
  ],
  [
    '2025-07-01',
    'HonorCadre',
    {
      cadreId: ids.secretary,
      title: '优秀村党组织书记',
      level: 'DISTRICT',
      awardingBody: '区委组织部',
      awardedOn: '2025-07-01',
    },
  ],
  [
    '2025-09-30',
    'LeavePost',
    { cadreId: ids.member, villageId: ids.village, ...MEMBER_SEAT, reason: 'RESIGNED', leftOn: '2025-09-30' },
  ],
  register('2026-02-01', ids.newcomer, '赵新', 3),
  ...admission(ids.newcomer, MEMBER_SEAT, ['2026-02-05', '2026-02-20', '2026-03-01', '2026-03-10']),
  [
    '2026-04-01',
    'ScheduleTraining',
    {
      trainingId: ids.training2026,
      townshipId: ids.township,
      topic: '矛盾化解',
      kind: 'EXTERNAL',
      date: '2026-05-18',
      place: '浙江安吉',
      scheduledOn: '2026-04-01',
    },
  ],
  [
    '2026-05-18',
    'RecordTrainingHeld',
    { trainingId: ids.training2026, heldOn: '2026-05-18', attendees: [ids.secretary] },
  ],
];

/** The days an auditor asks about, and what the ledger must say of each (business time). */
const EXPECTED: Record<string, Record<string, number>> = {
  '2024-02-01': { committeeMembers: 0, partySecretaries: 0, villages: 1, trainingSessions: 0, honors: 0 },
  '2024-12-31': { committeeMembers: 2, partySecretaries: 1, villages: 1, trainingSessions: 0, honors: 0 },
  '2025-06-30': { committeeMembers: 2, partySecretaries: 1, villages: 1, trainingSessions: 1, honors: 0 },
  '2025-12-31': { committeeMembers: 1, partySecretaries: 1, villages: 1, trainingSessions: 1, honors: 1 },
  '2026-06-30': { committeeMembers: 2, partySecretaries: 1, villages: 1, trainingSessions: 1, honors: 0 },
};
const FIGURES = Object.keys(EXPECTED['2024-12-31']!);

const STATISTICS = `query($year: Int, $asOf: String, $basis: TimeBasis) {
  statistics(year: $year, asOf: $asOf, basis: $basis) { asOf ${FIGURES.join(' ')} }
}`;

async function figuresOf(t: TestGateway, asOf: string, basis: 'OCCURRED' | 'RECORDED') {
  const { data, errors } = await t.graphql(STATISTICS, { year: Number(asOf.slice(0, 4)), asOf, basis });
  expect(errors, `${asOf} ${basis}`).toBeUndefined();
  const { asOf: answeredAsOf, ...figures } = data.statistics;
  expect(answeredAsOf).toBe(asOf);
  return figures as Record<string, number>;
}

/** A late entry: an honor of May 2025 for the member who resigned that autumn, recorded only now. */
const LATE_HONOR: Step = [
  '2025-05-20',
  'HonorCadre',
  {
    cadreId: ids.member,
    title: '优秀村干部',
    level: 'TOWNSHIP',
    awardingBody: '周王镇党委',
    awardedOn: '2025-05-20',
  },
];

describe('business time: the ledger tells what was true on a past day, however late it was entered', () => {
  let t: TestGateway | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('answers past days from three years entered in one day through GraphQL (OCCURRED), and nothing had been reported then (RECORDED)', async () => {
    t = await startTestGateway({ now: () => ENTRY_DAY });
    const client = commandClient(t);
    for (const [, command, input] of HISTORY) await client.run(command, input);
    for (const [day, expected] of Object.entries(EXPECTED)) {
      expect(await figuresOf(t, day, 'OCCURRED'), day).toEqual(expected);
      expect(await figuresOf(t, day, 'RECORDED'), day).toMatchObject({ committeeMembers: 0, villages: 0 });
    }
    const events = await t.system.store.readAll();
    const appointed = events.find(
      (e) => e.type === 'CadreAppointed' && e.streamId === `cadre-${ids.secretary}`,
    );
    expect(appointed!.metadata.occurredAt).toBe('2024-04-14T16:00:00.000Z');
    expect(appointed!.recordedAt).toBe(ENTRY_DAY.toISOString());
  });

  it('gives the same figures on both bases when the history was entered day by day, and a late entry changes only OCCURRED', async () => {
    let clock = ENTRY_DAY;
    t = await startTestGateway({ now: () => clock });
    const client = commandClient(t);
    for (const [date, command, input] of HISTORY) {
      clock = workingHourOf(date);
      await client.run(command, input);
    }
    clock = ENTRY_DAY;
    for (const [day, expected] of Object.entries(EXPECTED)) {
      expect(await figuresOf(t, day, 'OCCURRED'), day).toEqual(expected);
      expect(await figuresOf(t, day, 'RECORDED'), day).toEqual(expected);
    }

    const [, command, input] = LATE_HONOR;
    await client.run(command, input);
    const occurred = await figuresOf(t, '2025-12-31', 'OCCURRED');
    const recorded = await figuresOf(t, '2025-12-31', 'RECORDED');
    expect(occurred.honors).toBe(EXPECTED['2025-12-31']!.honors! + 1);
    expect(recorded).toEqual(EXPECTED['2025-12-31']);
  });
});
