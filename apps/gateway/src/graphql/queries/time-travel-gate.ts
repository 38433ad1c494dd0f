import { actorOf } from '../../access/roles.js';
import type { System } from '../../system.js';
import type { GatewayContext } from '../context.js';

/** Replays of the past at once: in all, and for one caller (an API key, a user, an address). */
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

/**
 * Runs a replay of the past (time travel) for a caller: at most AT_ONCE in the gateway and one per caller,
 * the rest queued in order. A caller sending many heavy questions at once (15 aliases of a past day's
 * statistics) waits for its own; everyone else's requests go on between the replays' pages.
 */
export async function throughTimeTravelGate<T>(
  context: GatewayContext,
  replay: () => Promise<T>,
): Promise<T> {
  let gate = gates.get(context.system);
  if (!gate) {
    gate = { all: new Slots(AT_ONCE), perCaller: new Map() };
    gates.set(context.system, gate);
  }
  const caller = context.principal ? actorOf(context.principal) : `address:${context.address}`;
  let own = gate.perCaller.get(caller);
  if (!own) {
    own = new Slots(AT_ONCE_PER_CALLER);
    gate.perCaller.set(caller, own);
  }
  const releaseOwn = await own.take();
  const releaseAll = await gate.all.take();
  try {
    return await replay();
  } finally {
    releaseAll();
    releaseOwn();
  }
}
