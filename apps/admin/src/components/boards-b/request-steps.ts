import type { Component } from 'vue';
import { mayCommand } from '../../access.js';
import type { RequestCard } from '../../api/boards-b.js';
import type { ServiceRequest } from '../../api/service-requests.js';
import AcceptRequestForm from '../commands/requests/AcceptRequestForm.vue';
import DispatchRequestForm from '../commands/requests/DispatchRequestForm.vue';
import RateRequestForm from '../commands/requests/RateRequestForm.vue';
import ResolveRequestForm from '../commands/requests/ResolveRequestForm.vue';

/** A request's next step on the board: 派单 → 接单 → 办结 → 评价, each through its existing form. */
export interface RequestStep {
  /** The form's name (`commands.<name>`). */
  name: string;
  /** The mutation the gateway's policy is asked about. */
  command: string;
  form: Component;
  /** The form chooses among the village's seated cadres. */
  withVillage?: boolean;
}

const NEXT_STEP: Partial<Record<RequestCard['status'], RequestStep>> = {
  RAISED: {
    name: 'dispatchRequest',
    command: 'dispatchServiceRequest',
    form: DispatchRequestForm,
    withVillage: true,
  },
  DISPATCHED: { name: 'acceptRequest', command: 'acceptServiceRequest', form: AcceptRequestForm },
  ACCEPTED: { name: 'resolveRequest', command: 'resolveServiceRequest', form: ResolveRequestForm },
  RESOLVED: { name: 'rateRequest', command: 'rateServiceRequest', form: RateRequestForm },
};

/** The step the signed-in user may take on the card, if any. */
export function nextStepOf(card: RequestCard): RequestStep | null {
  const step = NEXT_STEP[card.status];
  return step && mayCommand(step.command, card.villageId) ? step : null;
}

/** The card as the request forms take it. */
export const asServiceRequest = ({
  villageName: _,
  cadreName: __,
  daysOpen: ___,
  ...request
}: RequestCard): ServiceRequest => request;
