import type { CadreState, TownshipState, VillageState } from '@cadre/domain';

export interface ServiceRequestFact {
  requestId: string;
  villageId: string;
  cadreId: string | null;
  raisedOn: string;
  status: string;
}

/** What the due list is computed from: folded states and the open requests, as of one moment. */
export interface DueFacts {
  townships: readonly TownshipState[];
  villages: readonly VillageState[];
  cadres: readonly CadreState[];
  serviceRequests: readonly ServiceRequestFact[];
}
