import type { System } from '../system.js';
import { chainHeadsOf, type Provenance } from './provenance.js';

/** The provenance of the system's ledger at a position (its head when omitted): hashes as stored, in the raw store. */
export function provenanceOf(system: System, position?: bigint): Promise<Provenance> {
  return chainHeadsOf(system.rawStore).at(position);
}
