import { actorOf } from '../../access/roles.js';
import type { System } from '../../system.js';
import type { GatewayContext } from '../context.js';

/** Heavy questions of the past at once: in all, and for one caller (an API key, a user, an address). */
const AT_ONCE = 2;
const AT_ONCE_PER_CALLER = 1;

/** A queue of work that may run only while fewer than `limit` of its kind run. */
class Slots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}

  async take(): Promise<() => void> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    return () => {
      this.running--;
      this.waiting.shift()?.();
    };
  }
}

interface Gate {
  all: Slots;
  perCaller: Map<string, Slots>;
}

const gates = new WeakMap<System, Gate>();

function gateOf(system: System): Gate {
  let gate = gates.get(system);
  if (!gate) {
    gate = { all: new Slots(AT_ONCE), perCaller: new Map() };
    gates.set(system, gate);
  }
  return gate;
}

function callersSlots(context: GatewayContext): Slots {
  const { perCaller } = gateOf(context.system);
  const caller = context.principal ? actorOf(context.principal) : `address:${context.address}`;
  let own = perCaller.get(caller);
  if (!own) {
    own = new Slots(AT_ONCE_PER_CALLER);
    perCaller.set(caller, own);
  }
  return own;
}

/** Resolves after the requests waiting on their sockets have had their turn (a macrotask, not a microtask). */
const nextTurnOfEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs a replay of the past (time travel) for a caller: at most AT_ONCE in the gateway and one per caller,
 * the rest queued in order. A caller sending many heavy questions at once (15 aliases of a past day's
 * board) waits for its own; everyone else's requests go on between the replays' pages.
 */
export async function throughTimeTravelGate<T>(
  context: GatewayContext,
  replay: () => Promise<T>,
): Promise<T> {
  const releaseOwn = await callersSlots(context).take();
  const releaseAll = await gateOf(context.system).all.take();
  try {
    return await replay();
  } finally {
    releaseAll();
    releaseOwn();
  }
}

/**
 * Runs a short synchronous question (statistics as of a day: indexed reads, ~20 ms for a district) in its
 * caller's turn: one at a time per caller, each after a turn of the event loop, so fifteen aliases never
 * hold the loop at once. Other callers' questions are not queued behind replays.
 */
export async function inCallersTurn<T>(context: GatewayContext, question: () => T): Promise<T> {
  const releaseOwn = await callersSlots(context).take();
  try {
    await nextTurnOfEventLoop();
    return question();
  } finally {
    releaseOwn();
  }
}
