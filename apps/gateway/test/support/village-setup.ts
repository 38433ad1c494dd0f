import { randomUUID } from 'node:crypto';
import type { System } from '../../src/system.js';

/** A township and one village, entered through the system's command bus: where a test registers people. */
export async function aVillage(system: System): Promise<string> {
  const townshipId = randomUUID();
  const villageId = randomUUID();
  const as = { actor: 'system:test' };
  await system.bus.execute(
    'RegisterTownship',
    { townshipId, name: '周王镇', district: '长丰县' },
    { commandId: randomUUID(), ...as },
  );
  const village = await system.bus.execute(
    'RegisterVillage',
    { villageId, townshipId, name: '周王村', kind: 'VILLAGE' },
    { commandId: randomUUID(), ...as },
  );
  await system.runner.waitFor(village.position);
  return villageId;
}
