import type { StoreHealth } from '@cadre/event-store';
import type { System } from '../system.js';

/** What `/healthz` answers: `degraded` while the store cannot take writes or the read models stopped. */
export interface HealthReport {
  ok: boolean;
  status: 'ok' | 'degraded';
  store: StoreHealth;
  projections: { ok: boolean; detail?: string; checkpoint: string };
}

/** Asked anew on each request: a store that was full reports healthy again as soon as it takes writes. */
export async function healthOf(system: System): Promise<HealthReport> {
  const store = (await system.store.health?.()) ?? { ok: true };
  const projections = system.runner.error ? { ok: false, detail: String(system.runner.error) } : { ok: true };
  const ok = store.ok && projections.ok;
  return {
    ok,
    status: ok ? 'ok' : 'degraded',
    store,
    projections: { ...projections, checkpoint: system.runner.checkpoint.toString() },
  };
}
