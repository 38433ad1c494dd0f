import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureTownshipRegistered } from '../township/township-rules.js';
import { townshipAggregate } from '../township/township-state.js';
import { villageRules } from '../village/village-rules.js';
import { electionEvents } from './election-events.js';
import { electionRules } from './election-rules.js';
import { openElection } from './general-election.js';

export const startGeneralElectionInput = electionEvents.GeneralElectionStarted;

/** 换届: a township-wide cycle over the villages it names; one at a time. */
export const startGeneralElection = defineCommand({
  name: 'StartGeneralElection',
  occurredOn: 'startedOn',
  input: startGeneralElectionInput,
  needs: { township: townshipAggregate },
  streamIds: (input) => ({ township: input.townshipId }),
  references: (input) => ({ village: input.villageIds }),
  decide(input, { township }, context) {
    ensureTownshipRegistered(township);
    electionRules.ensure(!openElection(township.elections), 'GENERAL_ELECTION_ALREADY_OPEN', 'townshipId');
    electionRules.ensure(
      !township.elections.some((e) => e.electionId === input.electionId),
      'GENERAL_ELECTION_ID_TAKEN',
      'electionId',
    );
    for (const [index, villageId] of input.villageIds.entries())
      villageRules.ensure(context.exists('village', villageId), 'VILLAGE_NOT_FOUND', `villageIds.${index}`);
    return { township: [domainEvent('GeneralElectionStarted', input)] };
  },
});
