import { type CadreEvent, type CadreState, cadreAggregate, EVENT_SCHEMAS } from '@cadre/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORE_EVENT_TYPES, coreOf, serializeCore } from '../src/temporal/cadre-core.js';
import { intent } from './support/cadre-intents.js';
import { carryOut } from './support/carry-out.js';
import { DossierWorld, PLACES } from './support/dossier-world.js';

const NOW = new Date('2026-06-01T04:00:00Z');
/** The core as the temporal read models keep it (a reserve's mentors are not part of it). */
const coreJson = (state: CadreState) => serializeCore(coreOf(state));

describe("the cadre events the temporal read models fold onto a cadre's core", () => {
  it('are cadre events of the catalogue', () => {
    for (const type of CORE_EVENT_TYPES) expect(Object.hasOwn(EVENT_SCHEMAS, type), type).toBe(true);
  });

  it('are the only ones that change it: in any valid history, every other event leaves the core as it was', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(intent, { minLength: 10, maxLength: 60, size: 'max' }), async (intents) => {
        const world = new DossierWorld(NOW);
        try {
          await carryOut(world, intents);
          let state = cadreAggregate.initialState;
          for (const event of await world.eventsOf(PLACES.subjectId)) {
            const after = cadreAggregate.evolve(state, event as unknown as CadreEvent);
            if (!CORE_EVENT_TYPES.has(event.type)) expect(coreJson(after), event.type).toBe(coreJson(state));
            else if (coreJson(after) !== coreJson(state)) seen.add(event.type);
            state = after;
          }
        } finally {
          await world.close();
        }
      }),
      { numRuns: 30 },
    );
    // the property could fail: the histories drawn do change the core, by the events that may
    expect([...seen]).toEqual(
      expect.arrayContaining(['CadreRegistered', 'CadreAppointed', 'ReserveCadreEnlisted']),
    );
  }, 300_000);
});
