import { defineCommand, domainEvent } from '../aggregate.js';
import { requestEvents } from './request-events.js';
import { ensureNextStep } from './request-rules.js';
import { requestAggregate } from './request-state.js';

export const resolveServiceRequestInput = requestEvents.ServiceRequestResolved;

export const resolveServiceRequest = defineCommand({
  name: 'ResolveServiceRequest',
  occurredOn: 'resolvedOn',
  input: resolveServiceRequestInput,
  needs: { request: requestAggregate },
  streamIds: (input) => ({ request: input.requestId }),
  decide(input, { request }, { now }) {
    ensureNextStep(request, 'ACCEPTED', { date: input.resolvedOn, field: 'resolvedOn', now });
    return { request: [domainEvent('ServiceRequestResolved', input)] };
  },
});
