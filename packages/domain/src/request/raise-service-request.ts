import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureVillageRegistered } from '../village/village-rules.js';
import { villageAggregate } from '../village/village-state.js';
import { requestEvents } from './request-events.js';
import { requestRules } from './request-rules.js';
import { requestAggregate } from './request-state.js';

export const raiseServiceRequestInput = requestEvents.ServiceRequestRaised;

/** 群众点单: a resident's urgent need (急难愁盼) in a village. */
export const raiseServiceRequest = defineCommand({
  name: 'RaiseServiceRequest',
  occurredOn: 'raisedOn',
  input: raiseServiceRequestInput,
  needs: { request: requestAggregate, village: villageAggregate },
  streamIds: (input) => ({ request: input.requestId, village: input.villageId }),
  decide(input, { request, village }) {
    requestRules.ensure(request.status === 'NONE', 'REQUEST_ALREADY_RAISED', 'requestId');
    ensureVillageRegistered(village);
    return { request: [domainEvent('ServiceRequestRaised', input)] };
  },
});
