import { z } from 'zod';
import { calendarDate, distinctIds, uuid } from '../shared/schemas.js';
import { committee, position } from '../village/seat.js';

const candidacy = { townshipId: uuid, electionId: uuid, villageId: uuid, cadreId: uuid, committee, position };

/** The events of a 换届 (general election), kept on the township's stream: one open at a time. */
export const electionEvents = {
  GeneralElectionStarted: z.strictObject({
    townshipId: uuid,
    electionId: uuid,
    startedOn: calendarDate,
    villageIds: distinctIds,
  }),
  /** A candidate for a seat; their joint qualification review (`reviewId`) opens with the candidacy. */
  ElectionCandidateRegistered: z.strictObject({ ...candidacy, reviewId: uuid, registeredOn: calendarDate }),
  ElectionResultRecorded: z.strictObject({ ...candidacy, elected: z.boolean(), votedOn: calendarDate }),
  /** A village's election is over: its new term began on `closedOn`. */
  VillageElectionConcluded: z.strictObject({
    townshipId: uuid,
    electionId: uuid,
    villageId: uuid,
    closedOn: calendarDate,
  }),
  /** The last village of the 换届 concluded. */
  GeneralElectionConcluded: z.strictObject({ townshipId: uuid, electionId: uuid, closedOn: calendarDate }),
};
