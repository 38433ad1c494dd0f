import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_STEPS, requestAggregate } from '../src/index.js';
import { cadre, profileFor, TOMORROW, UNKNOWN, uuidOf, VILLAGE } from './support/fixtures.js';
import { expectRule, type Ledger } from './support/ledger.js';
import { registerCadre, townshipWithVillages } from './support/scenario.js';

const requestId = uuidOf(0x800);
const cadreId = cadre(1);
const steps = {
  RaiseServiceRequest: {
    requestId,
    villageId: VILLAGE,
    description: '村口路灯不亮',
    raisedBy: '王大妈',
    raisedOn: '2025-03-01',
  },
  DispatchServiceRequest: { requestId, cadreId, dispatchedOn: '2025-03-02' },
  AcceptServiceRequest: { requestId, acceptedOn: '2025-03-02' },
  ResolveServiceRequest: { requestId, resolution: '更换路灯3盏', resolvedOn: '2025-03-05' },
  RateServiceRequest: { requestId, rating: 5, comment: '办得快', ratedOn: '2025-03-06' },
} as const;
type Step = keyof typeof steps;
const ORDER = Object.keys(steps) as Step[];

function withPartyMember(): Ledger {
  const ledger = townshipWithVillages();
  registerCadre(ledger, 1);
  return ledger;
}

describe('三单: raise, dispatch, accept, resolve, rate', () => {
  it('goes through every step in order and folds into a rated request', () => {
    const ledger = withPartyMember();
    const types = ORDER.map((step) => ledger.run(step, steps[step]).request?.[0]?.type);
    expect(types).toEqual([
      'ServiceRequestRaised',
      'ServiceRequestDispatched',
      'ServiceRequestAccepted',
      'ServiceRequestResolved',
      'ServiceRequestRated',
    ]);
    expect(ledger.history('request', requestId)[2]).toEqual({
      type: 'ServiceRequestAccepted',
      data: { requestId, acceptedOn: '2025-03-02', cadreId },
    });
    expect(ledger.state(requestAggregate, requestId)).toEqual({
      status: 'RATED',
      villageId: VILLAGE,
      description: '村口路灯不亮',
      raisedBy: '王大妈',
      cadreId,
      resolution: '更换路灯3盏',
      rating: 5,
      comment: '办得快',
      lastStepOn: '2025-03-06',
    });
  });

  it('refuses a request raised twice or in an unknown village, and a step on a missing request', () => {
    const ledger = withPartyMember();
    for (const step of ORDER.slice(1))
      expectRule(ledger.reject(step, steps[step]), 'REQUEST_NOT_FOUND', 'requestId', 'NOT_FOUND');
    expectRule(
      ledger.reject('RaiseServiceRequest', { ...steps.RaiseServiceRequest, villageId: UNKNOWN }),
      'VILLAGE_NOT_FOUND',
      'villageId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('RaiseServiceRequest', { ...steps.RaiseServiceRequest, raisedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'raisedOn',
    );
    expectRule(
      ledger.reject('RaiseServiceRequest', { ...steps.RaiseServiceRequest, raisedBy: '' }),
      'REQUIRED',
      'raisedBy',
    );
    ledger.run('RaiseServiceRequest', steps.RaiseServiceRequest);
    expectRule(
      ledger.reject('RaiseServiceRequest', steps.RaiseServiceRequest),
      'REQUEST_ALREADY_RAISED',
      'requestId',
      'CONFLICT',
    );
  });

  it('dispatches to a registered party member only', () => {
    const ledger = withPartyMember();
    ledger.run('RaiseServiceRequest', steps.RaiseServiceRequest);
    expectRule(
      ledger.reject('DispatchServiceRequest', { ...steps.DispatchServiceRequest, cadreId: cadre(9) }),
      'CADRE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    ledger.run('RegisterCadre', {
      cadreId: cadre(2),
      villageId: VILLAGE,
      profile: { ...profileFor(2), politicalStatus: 'MASSES' },
    });
    expectRule(
      ledger.reject('DispatchServiceRequest', { ...steps.DispatchServiceRequest, cadreId: cadre(2) }),
      'NOT_A_PARTY_MEMBER',
      'cadreId',
    );
  });

  it('refuses each step out of order, before the step it follows, in the future, or badly rated', () => {
    const ledger = withPartyMember();
    ledger.run('RaiseServiceRequest', steps.RaiseServiceRequest);
    for (const step of ORDER.slice(2))
      expectRule(ledger.reject(step, steps[step]), 'REQUEST_OUT_OF_ORDER', 'requestId', 'CONFLICT');
    expectRule(
      ledger.reject('DispatchServiceRequest', {
        ...steps.DispatchServiceRequest,
        dispatchedOn: '2025-02-28',
      }),
      'DATE_OUT_OF_ORDER',
      'dispatchedOn',
    );
    ledger.run('DispatchServiceRequest', steps.DispatchServiceRequest);
    expectRule(
      ledger.reject('DispatchServiceRequest', steps.DispatchServiceRequest),
      'REQUEST_OUT_OF_ORDER',
      'requestId',
      'CONFLICT',
    );
    expectRule(
      ledger.reject('AcceptServiceRequest', { ...steps.AcceptServiceRequest, acceptedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'acceptedOn',
    );
    ledger.run('AcceptServiceRequest', steps.AcceptServiceRequest);
    expectRule(
      ledger.reject('ResolveServiceRequest', { ...steps.ResolveServiceRequest, resolution: '' }),
      'REQUIRED',
      'resolution',
    );
    expectRule(
      ledger.reject('ResolveServiceRequest', { ...steps.ResolveServiceRequest, resolvedOn: '2025-03-01' }),
      'DATE_OUT_OF_ORDER',
      'resolvedOn',
    );
    ledger.run('ResolveServiceRequest', steps.ResolveServiceRequest);
    expectRule(
      ledger.reject('RateServiceRequest', { ...steps.RateServiceRequest, rating: 6 }),
      'TOO_LARGE',
      'rating',
    );
    expectRule(
      ledger.reject('RateServiceRequest', { ...steps.RateServiceRequest, rating: 0 }),
      'TOO_SMALL',
      'rating',
    );
    expectRule(
      ledger.reject('RateServiceRequest', { ...steps.RateServiceRequest, rating: 4.5 }),
      'INVALID_TYPE',
      'rating',
    );
    ledger.run('RateServiceRequest', steps.RateServiceRequest);
    expectRule(
      ledger.reject('RateServiceRequest', steps.RateServiceRequest),
      'REQUEST_OUT_OF_ORDER',
      'requestId',
      'CONFLICT',
    );
  });

  it('whatever steps are tried, the history is a prefix of the one order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ORDER), { maxLength: 12 }), (attempts) => {
        const ledger = withPartyMember();
        for (const step of attempts) ledger.attempt(step, steps[step]);
        const status = ledger.state(requestAggregate, requestId).status;
        const done = REQUEST_STEPS.indexOf(status);
        expect(ledger.history('request', requestId).map((e) => e.type)).toEqual(
          [
            'ServiceRequestRaised',
            'ServiceRequestDispatched',
            'ServiceRequestAccepted',
            'ServiceRequestResolved',
            'ServiceRequestRated',
          ].slice(0, done),
        );
      }),
      { numRuns: 60 },
    );
  });
});
