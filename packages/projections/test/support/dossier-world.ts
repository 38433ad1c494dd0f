import { CommandBus, deterministicUuid } from '@cadre/application';
import { type CadreState, type CommandName, cadreAggregate, fold, idNumberCheckChar } from '@cadre/domain';
import { SqliteEventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  openReadModelDatabase,
  type ProjectedEvent,
  ProjectionRunner,
  type ReadModelDatabase,
  toProjectedEvent,
} from '../../src/index.js';

/** The township's reviewing departments: every review asks these three. */
export const DEPARTMENTS = [
  { code: 'DISCIPLINE_INSPECTION', name: '纪检监察' },
  { code: 'PUBLIC_SECURITY', name: '公安' },
  { code: 'PETITIONS', name: '信访' },
];

/** A personal file whose ID number agrees with its gender and birth date. */
export function profileOf(name: string, birthDate: string, serial: number, educationLevel = 'SENIOR_HIGH') {
  const first17 = `340121${birthDate.replaceAll('-', '')}${String(serial).padStart(2, '0')}2`;
  return {
    name,
    gender: 'FEMALE',
    birthDate,
    idNumber: first17 + idNumberCheckChar(first17),
    educationLevel,
  };
}

const id = (...parts: string[]) => deterministicUuid('dossier-world', ...parts);

/** The people and places every sequence of the subject's commands can rely on. */
export const PLACES = {
  townshipId: id('township'),
  /** The mentor is this village's party secretary. */
  villageA: id('village', 'A'),
  villageB: id('village', 'B'),
  mentorId: id('cadre', 'mentor'),
  memberId: id('cadre', 'member'),
  subjectId: id('cadre', 'subject'),
};

/**
 * The real write and read sides in memory: the command bus on an embedded SQLite store, and the
 * projection runner keeping every read model up to date.
 */
export class DossierWorld {
  readonly store = new SqliteEventStore({ path: ':memory:' });
  readonly db: ReadModelDatabase = openReadModelDatabase(':memory:');
  readonly bus: CommandBus;
  readonly runner: ProjectionRunner;
  private commands = 0;

  constructor(readonly now: Date) {
    this.bus = new CommandBus({ store: this.store, now: () => now });
    this.runner = new ProjectionRunner(this.store, this.db, ALL_PROJECTIONS);
    this.runner.start();
  }

  /** Runs a command; a refusal fails the test (the sequences are meant to be valid). */
  async run(name: CommandName, input: Record<string, unknown>): Promise<bigint> {
    const commandId = id('command', String(++this.commands));
    const result = await this.bus.execute(name, input, { commandId, actor: 'user:property-test' });
    return result.position;
  }

  /** A township, its villages A and B, A's party secretary (the mentor) and a committee member. */
  async setUp(day: string): Promise<void> {
    const { townshipId, villageA, villageB, mentorId, memberId } = PLACES;
    await this.run('RegisterTownship', {
      townshipId,
      name: '周王镇',
      district: '长丰县',
      settings: { reviewingDepartments: DEPARTMENTS, admonishmentThreshold: 0.3 },
      registeredOn: day,
    });
    for (const [villageId, name] of [
      [villageA, '周王村'],
      [villageB, '李庄村'],
    ]) {
      await this.run('RegisterVillage', { villageId, townshipId, name, kind: 'VILLAGE', registeredOn: day });
    }
    for (const [cadreId, name, serial] of [
      [mentorId, '王书记', 1],
      [memberId, '李委员', 2],
    ] as const) {
      await this.run('RegisterCadre', {
        cadreId,
        villageId: villageA,
        profile: profileOf(name, '1975-03-08', serial),
        registeredOn: day,
      });
    }
    const reviewId = id('review', 'mentor');
    const seat = { villageId: villageA, committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' };
    await this.run('OpenQualificationReview', {
      cadreId: mentorId,
      townshipId,
      reviewId,
      ...seat,
      openedOn: day,
    });
    for (const { code } of DEPARTMENTS) {
      await this.run('RecordDepartmentVerdict', {
        cadreId: mentorId,
        reviewId,
        department: code,
        verdict: 'APPROVED',
        decidedOn: day,
      });
    }
    await this.run('ConcludeQualificationReview', { cadreId: mentorId, reviewId, concludedOn: day });
    await this.run('AppointCadre', { cadreId: mentorId, ...seat, method: 'ELECTION', appointedOn: day });
  }

  async eventsOf(cadreId: string): Promise<ProjectedEvent[]> {
    return (await this.store.readStream(`${cadreAggregate.category}-${cadreId}`)).map(toProjectedEvent);
  }

  /** The domain's own answer: the cadre's events folded with `evolve`. */
  async foldOf(cadreId: string): Promise<CadreState> {
    return fold(cadreAggregate, (await this.eventsOf(cadreId)) as never);
  }

  async caughtUp(): Promise<void> {
    await this.runner.catchUp();
  }

  async close(): Promise<void> {
    await this.runner.stop();
    await this.store.close();
    this.db.close();
  }
}
