import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureCadreRegistered } from '../cadre/cadre-rules.js';
import { cadreAggregate } from '../cadre/cadre-state.js';
import { isPartyMember } from '../cadre/profile/cadre-profile.js';
import { requestEvents } from './request-events.js';
import { ensureNextStep, requestRules } from './request-rules.js';
import { requestAggregate } from './request-state.js';

export const dispatchServiceRequestInput = requestEvents.ServiceRequestDispatched;

/** 组织派单: the branch hands the request to a party member. */
export const dispatchServiceRequest = defineCommand({
  name: 'DispatchServiceRequest',
  occurredOn: 'dispatchedOn',
  input: dispatchServiceRequestInput,
  needs: { request: requestAggregate, cadre: cadreAggregate },
  streamIds: (input) => ({ request: input.requestId, cadre: input.cadreId }),
  decide(input, { request, cadre }, { now }) {
    ensureNextStep(request, 'RAISED', { date: input.dispatchedOn, field: 'dispatchedOn', now });
    ensureCadreRegistered(cadre);
    requestRules.ensure(isPartyMember(cadre.profile), 'NOT_A_PARTY_MEMBER', 'cadreId');
    return { request: [domainEvent('ServiceRequestDispatched', input)] };
  },
});
