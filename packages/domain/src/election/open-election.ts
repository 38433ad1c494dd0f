import type { RegisteredTownship } from '../township/township-rules.js';
import type { RegisteredVillage } from '../village/village-rules.js';
import { electionRules } from './election-rules.js';
import { type GeneralElection, hasConcluded } from './general-election.js';

/** The township's 换届 of this id, still open. */
export function ensureOpenElection(township: RegisteredTownship, electionId: string): GeneralElection {
  const election = township.elections.find((e) => e.electionId === electionId);
  electionRules.ensure(election, 'GENERAL_ELECTION_NOT_FOUND', 'electionId');
  electionRules.ensure(election.closedOn === undefined, 'GENERAL_ELECTION_CONCLUDED', 'electionId');
  return election;
}

/** The open 换届 of this id, with this village of the township in it and not yet done. */
export function ensureVillageElectionOpen(
  township: RegisteredTownship,
  village: RegisteredVillage,
  electionId: string,
): GeneralElection {
  const election = ensureOpenElection(township, electionId);
  electionRules.ensure(
    village.townshipId === township.townshipId && election.villageIds.includes(village.villageId),
    'VILLAGE_NOT_IN_ELECTION',
    'villageId',
  );
  electionRules.ensure(!hasConcluded(election, village.villageId), 'VILLAGE_ELECTION_CONCLUDED', 'villageId');
  return election;
}
