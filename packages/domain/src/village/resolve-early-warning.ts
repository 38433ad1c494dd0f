import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureNotBefore } from '../shared/business-date.js';
import { villageEvents } from './village-events.js';
import { ensureVillageRegistered, villageRules } from './village-rules.js';
import { villageAggregate } from './village-state.js';

export const resolveEarlyWarningInput = villageEvents.EarlyWarningResolved;

export const resolveEarlyWarning = defineCommand({
  name: 'ResolveEarlyWarning',
  occurredOn: 'resolvedOn',
  input: resolveEarlyWarningInput,
  needs: { village: villageAggregate },
  streamIds: (input) => ({ village: input.villageId }),
  decide(input, { village }) {
    ensureVillageRegistered(village);
    const warning = village.earlyWarnings.find((w) => w.issueId === input.issueId);
    villageRules.ensure(warning, 'EARLY_WARNING_NOT_FOUND', 'issueId');
    villageRules.ensure(!warning.resolution, 'EARLY_WARNING_ALREADY_RESOLVED', 'issueId');
    ensureNotBefore(input.resolvedOn, warning.raisedOn, 'resolvedOn');
    return { village: [domainEvent('EarlyWarningResolved', input)] };
  },
});
