import type { CommandName } from '@cadre/domain';
import { profileOf } from '../test/support/appointment-fixture.js';
import type { GatewayLink } from './gateway-link.js';
import { type CommandAnswer, type Outcome, sendCommand } from './graphql-client.js';
import type { Journal, JournalEntry } from './journal.js';

export interface Step {
  command: CommandName;
  input: object;
}

/** What a writer learns from an answer. */
export type Settled = { kind: 'acked'; payload: CommandAnswer } | { kind: 'refused'; rule: string };

/**
 * A client with a model of the part of the ledger it writes: it says what to send next and learns from
 * each answer. A refusal by a rule outside `mayBeRefusedBy` means its model and the ledger disagree: a
 * command lost or applied twice.
 */
export interface Writer {
  readonly name: string;
  /** Rules that refuse its commands when another writer won a race. */
  readonly mayBeRefusedBy: ReadonlySet<string>;
  /** The next command, or undefined to wait a little. */
  next(): Step | undefined;
  settle(step: Step, outcome: Settled): void;
}

const CONCURRENT = 'CONCURRENT_CHANGE';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One-stream commands: a course on the file of one of a few cadres, whose streams grow long. */
export function trainingWriter(name: string, cadreIds: readonly string[], random: () => number): Writer {
  let n = 0;
  return {
    name,
    mayBeRefusedBy: new Set([CONCURRENT]),
    next: () => ({
      command: 'RecordTraining',
      input: {
        cadreId: cadreIds[Math.floor(random() * cadreIds.length)],
        topic: `${name} 第 ${++n} 期村务培训`,
        kind: 'INTERNAL',
        trainedOn: '2024-03-01',
      },
    }),
    settle: () => {},
  };
}

/** One-stream commands: each cadre registered in the run pledges once a year, 2001 to 2024 (a second is refused). */
export function pledgeWriter(name: string, cadres: readonly string[]): Writer {
  const nextYear = new Map<string, number>();
  return {
    name,
    mayBeRefusedBy: new Set([CONCURRENT]),
    next() {
      const cadreId = cadres.find((id) => (nextYear.get(id) ?? 2001) <= 2024);
      if (!cadreId) return undefined;
      const year = nextYear.get(cadreId) ?? 2001;
      return {
        command: 'MakePledge',
        input: { cadreId, year, items: ['修通村组道路', '建成村级光伏'], madeOn: `${year}-01-15` },
      };
    },
    settle(step, outcome) {
      if (outcome.kind === 'refused' && outcome.rule === CONCURRENT) return;
      const { cadreId, year } = step.input as { cadreId: string; year: number };
      nextYear.set(cadreId, year + 1);
    },
  };
}

export interface SeatOfVillage {
  villageId: string;
  committee: string;
  position: string;
}

/**
 * Two-stream commands: one cadre takes a seat of the village (AppointCadre: cadre and village streams) and
 * leaves it again (LeavePost), while another writer's cadre wants the same one-holder seat.
 */
export function seatWriter(name: string, cadreId: string, seat: SeatOfVillage): Writer {
  let holds = false;
  let waitUntil = 0;
  return {
    name,
    mayBeRefusedBy: new Set([CONCURRENT, 'SEAT_TAKEN']),
    next() {
      if (Date.now() < waitUntil) return undefined;
      const where = {
        cadreId,
        villageId: seat.villageId,
        committee: seat.committee,
        position: seat.position,
      };
      return holds
        ? { command: 'LeavePost', input: { ...where, reason: 'TERM_ENDED', leftOn: '2021-10-15' } }
        : { command: 'AppointCadre', input: { ...where, method: 'ELECTION', appointedOn: '2021-10-15' } };
    },
    settle(step, outcome) {
      if (outcome.kind === 'acked') holds = step.command === 'AppointCadre';
      // the other cadre holds the seat: let them leave it first
      else if (outcome.rule === 'SEAT_TAKEN') waitUntil = Date.now() + 30;
    },
  };
}

/** The n-th person of the run's registrations: every registration writer tries the same people in order. */
export function personNumber(n: number) {
  const day = new Date(Date.UTC(1970, 0, 1) + Math.floor(n / 99) * 86_400_000).toISOString().slice(0, 10);
  return profileOf('王登记', n % 2 ? 'MALE' : 'FEMALE', day, 1 + (n % 99));
}

/**
 * Two-stream commands racing on one ID number: RegisterCadre writes the file and the number's
 * reservation. Two such writers register the same people in the same order: for each, one wins and the
 * other is refused ID_NUMBER_TAKEN. The files registered feed the pledge writer.
 */
export function registrationWriter(name: string, villageId: string, registered: string[]): Writer {
  let n = 0;
  return {
    name,
    mayBeRefusedBy: new Set([CONCURRENT, 'ID_NUMBER_TAKEN']),
    next: () => ({ command: 'RegisterCadre', input: { villageId, profile: personNumber(n) } }),
    settle(_step, outcome) {
      if (outcome.kind === 'refused' && outcome.rule === CONCURRENT) return;
      if (outcome.kind === 'acked' && outcome.payload.cadre) registered.push(outcome.payload.cadre.id);
      n++;
    },
  };
}

export interface DriveContext {
  link: GatewayLink;
  token: string;
  /** Set when the run ends: a writer finishes the command it is on (retrying it if need be), then stops. */
  stopping: () => boolean;
  violation: (message: string) => void;
}

const MAX_UNEXPECTED = 5;

/** Sends one command until it has an answer, through kills: the same command id each time. */
async function carryOut(entry: JournalEntry, writer: Writer, ctx: DriveContext): Promise<Outcome> {
  let lost = false;
  let unexpected = 0;
  for (;;) {
    const url = await ctx.link.whenOpen();
    if (lost) entry.retries++;
    const outcome = await sendCommand(url, ctx.token, entry.command, entry.input, entry.commandId);
    switch (outcome.kind) {
      case 'acked':
      case 'refused':
        return outcome;
      case 'later':
        await sleep(outcome.afterMs);
        break;
      case 'lost':
        lost = true;
        break;
      case 'unexpected':
        ctx.violation(`${writer.name}: ${entry.command} ${entry.commandId} answered ${outcome.detail}`);
        if (++unexpected >= MAX_UNEXPECTED) return outcome;
        await sleep(200);
    }
  }
}

/** A writer's loop: the next command, carried out to its answer, journaled. */
export async function drive(writer: Writer, journal: Journal, ctx: DriveContext): Promise<void> {
  try {
    await writeUntilStopped(writer, journal, ctx);
  } finally {
    ctx.link.retire();
  }
}

async function writeUntilStopped(writer: Writer, journal: Journal, ctx: DriveContext): Promise<void> {
  while (!ctx.stopping()) {
    await ctx.link.whenOpen();
    const step = writer.next();
    if (!step) {
      await sleep(20);
      continue;
    }
    const entry = journal.begin(step.command, step.input);
    const outcome = await carryOut(entry, writer, ctx);
    if (outcome.kind === 'acked') {
      entry.state = 'acked';
      if (outcome.payload.duplicate) {
        if (entry.retries === 0)
          ctx.violation(`${writer.name}: a first send of ${entry.commandId} answered duplicate`);
        entry.foundStored = true;
      }
      writer.settle(step, { kind: 'acked', payload: outcome.payload });
    } else if (outcome.kind === 'refused') {
      entry.state = 'refused';
      entry.refusedBy = outcome.rule;
      if (!writer.mayBeRefusedBy.has(outcome.rule))
        ctx.violation(`${writer.name}: ${entry.command} ${entry.commandId} refused by ${outcome.rule}`);
      writer.settle(step, { kind: 'refused', rule: outcome.rule });
    } else return; // an answer no rule explains, five times: this writer stops, the run reports it
  }
}
