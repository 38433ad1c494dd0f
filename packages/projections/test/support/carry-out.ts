import type { CadreTrainingRecord } from '../../src/index.js';
import { commandsFor, type Intent } from './cadre-intents.js';
import { type DossierWorld, PLACES, profileOf } from './dossier-world.js';

const DAY = 86_400_000;
/** Day n of the subject's history, from 2018-01-01. */
export const day = (n: number) => new Date(Date.UTC(2018, 0, 1) + n * DAY).toISOString().slice(0, 10);

export const register = (world: DossierWorld, educationLevel = 'SENIOR_HIGH') =>
  world.run('RegisterCadre', {
    cadreId: PLACES.subjectId,
    villageId: PLACES.villageA,
    profile: profileOf('张三', '1985-06-15', 3, educationLevel),
    registeredOn: day(0),
  });

/** Registers the subject and carries the intents out on their file; answers the sessions they attended. */
export async function carryOut(
  world: DossierWorld,
  intents: readonly Intent[],
): Promise<CadreTrainingRecord[]> {
  await world.setUp(day(0));
  await register(world);
  const sessions: CadreTrainingRecord[] = [];
  let days = 0;
  for (const [serial, next] of intents.entries()) {
    days += next.days;
    const state = await world.foldOf(PLACES.subjectId);
    for (const command of commandsFor(next, state, { day: day(days), serial })) {
      await world.run(command.name, command.input);
      if (command.session) sessions.push(command.session);
    }
  }
  await world.caughtUp();
  return sessions;
}
