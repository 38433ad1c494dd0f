import { randomUUID } from 'node:crypto';
import type { CommandBus } from '../../src/index.js';

/** A township with one village, entered through the bus: where a test registers its people. */
export async function aVillage(bus: CommandBus): Promise<string> {
  const townshipId = randomUUID();
  const villageId = randomUUID();
  const as = { actor: 'user:setup' };
  await bus.execute(
    'RegisterTownship',
    { townshipId, name: '周王镇', district: '包河区', registeredOn: '2020-01-01' },
    { commandId: randomUUID(), ...as },
  );
  await bus.execute(
    'RegisterVillage',
    { villageId, townshipId, name: '河湾村', kind: 'VILLAGE', registeredOn: '2020-01-01' },
    { commandId: randomUUID(), ...as },
  );
  return villageId;
}
