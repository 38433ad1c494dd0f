import {
  type DueFacts,
  loadDueFacts,
  noteReadOfEveryEvent,
  type ReadModelDatabase,
} from '@cadre/projections';
import type { System } from '../system.js';

const kept = new WeakMap<ReadModelDatabase, { checkpoint: bigint; facts: DueFacts }>();

/**
 * The due list's facts from the live read models, read again only once they applied another event:
 * every page, the menu's count and the scheduler share one parse of the cadres' documents.
 */
export function liveDueFacts({ readModels, runner }: Pick<System, 'readModels' | 'runner'>): DueFacts {
  // kept per checkpoint: a request served from it read none of its tables itself
  noteReadOfEveryEvent();
  const checkpoint = runner.checkpoint;
  const last = kept.get(readModels);
  if (last && last.checkpoint === checkpoint) return last.facts;
  const facts = loadDueFacts(readModels);
  kept.set(readModels, { checkpoint, facts });
  return facts;
}
