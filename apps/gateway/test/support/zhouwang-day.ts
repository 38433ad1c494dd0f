import { loadZhouwangScenario } from '@cadre/scenario';
import type { System } from '../../src/system.js';

/**
 * The fixed day the tests over the Zhouwang data set run on: the report's "this year" is its year, and
 * nothing depends on the real calendar (a December day, when the old report year was still last year).
 */
export const ZHOUWANG_TODAY = '2026-12-10';
export const ZHOUWANG_YEAR = Number(ZHOUWANG_TODAY.slice(0, 4));

/** A clock standing at noon, China time, of a day. */
export const noonOf = (day: string) => () => new Date(`${day}T12:00:00+08:00`);

/** Loads the demo town as of `today` (the system's clock must not be earlier) and waits for the read models. */
export async function loadZhouwang(system: System, today = ZHOUWANG_TODAY): Promise<void> {
  const loaded = await loadZhouwangScenario(system.bus, { today });
  await system.runner.waitFor(loaded.position);
}
