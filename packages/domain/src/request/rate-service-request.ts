import { defineCommand, domainEvent } from '../aggregate.js';
import { requestEvents } from './request-events.js';
import { ensureNextStep } from './request-rules.js';
import { requestAggregate } from './request-state.js';

export const rateServiceRequestInput = requestEvents.ServiceRequestRated;

/** The resident rates the resolved request, 1 to 5 stars, once. */
export const rateServiceRequest = defineCommand({
  name: 'RateServiceRequest',
  occurredOn: 'ratedOn',
  input: rateServiceRequestInput,
  needs: { request: requestAggregate },
  streamIds: (input) => ({ request: input.requestId }),
  decide(input, { request }, { now }) {
    ensureNextStep(request, 'RESOLVED', { date: input.ratedOn, field: 'ratedOn', now });
    return { request: [domainEvent('ServiceRequestRated', input)] };
  },
});
