import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_PROJECTIONS, findCadre, listCadres, ProjectionApplier } from '../src/index.js';
import { DossierWorld, PLACES, profileOf } from './support/dossier-world.js';

const NOW = new Date('2026-06-01T04:00:00Z');
const { subjectId, villageA, townshipId } = PLACES;

/** The subject's row of village A's roster page. */
const rosterRow = (world: DossierWorld) =>
  listCadres(world.db, { villageId: villageA }, { first: 50 }).nodes.find((n) => n.cadreId === subjectId)!;

describe('roster summaries and dossiers kept between reads (until the cadre’s document changes)', () => {
  let world: DossierWorld;
  beforeEach(async () => {
    world = new DossierWorld(NOW);
    await world.setUp('2020-01-01');
    await world.run('RegisterCadre', {
      cadreId: subjectId,
      villageId: villageA,
      profile: profileOf('张三', '1985-06-15', 3),
      registeredOn: '2020-01-01',
    });
    await world.caughtUp();
  });
  afterEach(() => world.close());

  it('answer the same object while nothing changed, and the change once the cadre’s file changed', async () => {
    expect(rosterRow(world)).toBe(rosterRow(world));
    expect(rosterRow(world).profile.name).toBe('张三');
    expect(findCadre(world.db, subjectId)!.profile.name).toBe('张三');

    await world.run('CorrectCadreProfile', {
      cadreId: subjectId,
      changes: { name: '张叁' },
      reason: '档案核对',
      correctedOn: '2020-02-01',
    });
    await world.caughtUp();
    expect(rosterRow(world).profile.name).toBe('张叁');
    expect(findCadre(world.db, subjectId)!.profile.name).toBe('张叁');
  });

  it('count a session attended at once, though it changes other rows than the cadre’s file', async () => {
    expect(findCadre(world.db, subjectId)!.trainings).toEqual([]);
    const trainingId = randomUUID();
    const scheduled = { trainingId, townshipId, topic: '村级资产管理', kind: 'INTERNAL' };
    await world.run('ScheduleTraining', {
      ...scheduled,
      date: '2020-03-01',
      place: '镇党校',
      scheduledOn: '2020-02-01',
    });
    await world.run('RecordTrainingHeld', { trainingId, heldOn: '2020-03-01', attendees: [subjectId] });
    await world.caughtUp();
    expect(findCadre(world.db, subjectId)!.trainings.map((t) => t.topic)).toEqual(['村级资产管理']);
  });

  it('are frozen: no reader can change what the next request reads', () => {
    const row = rosterRow(world) as { profile: { name: string } };
    expect(() => {
      row.profile.name = '李四';
    }).toThrow(TypeError);
    expect(() => (findCadre(world.db, subjectId)!.interviews as unknown[]).push({})).toThrow(TypeError);
    expect(rosterRow(world).profile.name).toBe('张三');
  });

  it('are forgotten when the read models are emptied: nothing is answered from before', () => {
    expect(rosterRow(world)).toBeDefined();
    new ProjectionApplier(world.db, ALL_PROJECTIONS).reset();
    expect(listCadres(world.db, {}, { first: 50 }).nodes).toEqual([]);
    expect(findCadre(world.db, subjectId)).toBeUndefined();
  });
});
