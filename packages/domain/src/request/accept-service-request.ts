import { defineCommand, domainEvent } from '../aggregate.js';
import { requestEvents } from './request-events.js';
import { ensureNextStep } from './request-rules.js';
import { requestAggregate } from './request-state.js';

export const acceptServiceRequestInput = requestEvents.ServiceRequestAccepted.omit({ cadreId: true });

/** 党员接单: the party member it was dispatched to takes it on. */
export const acceptServiceRequest = defineCommand({
  name: 'AcceptServiceRequest',
  occurredOn: 'acceptedOn',
  input: acceptServiceRequestInput,
  needs: { request: requestAggregate },
  streamIds: (input) => ({ request: input.requestId }),
  decide(input, { request }, { now }) {
    ensureNextStep(request, 'DISPATCHED', { date: input.acceptedOn, field: 'acceptedOn', now });
    const cadreId = request.cadreId!;
    return { request: [domainEvent('ServiceRequestAccepted', { ...input, cadreId })] };
  },
});
