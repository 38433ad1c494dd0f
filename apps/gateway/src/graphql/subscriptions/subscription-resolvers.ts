import type { EventStore, RecordedEvent } from '@cadre/event-store';
import { findCadre } from '@cadre/projections';
import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../access/policy.js';
import type { GatewayContext } from '../context.js';
import { localizedError } from '../errors.js';
import { discloseEvents } from '../queries/audit-queries.js';
import { cadreNode } from '../queries/cadre-node.js';
import { disclose } from '../queries/disclosure.js';

const INVALID_POSITION = {
  zh: 'after 应为事件日志中的位置（十进制数字）',
  en: 'after must be a position from the event log (decimal digits)',
};

/** The `after` argument as a store position, checked before the subscription starts. */
function positionArgument(after: string | null | undefined, context: GatewayContext): bigint | undefined {
  if (!after) return undefined;
  if (!/^\d{1,20}$/.test(after)) {
    throw localizedError('BAD_USER_INPUT', INVALID_POSITION, context.locale, {
      rule: 'INVALID_POSITION',
      field: 'after',
    });
  }
  return BigInt(after);
}

/** Events stored after a position (default: now), as a subscription of the store; closing the iterator closes it. */
async function* liveEvents(
  store: EventStore,
  after: bigint | undefined,
  accept: (event: RecordedEvent) => boolean,
) {
  const subscription = store.subscribeToAll({ after: after ?? (await store.headPosition()) });
  try {
    for await (const event of subscription) if (accept(event)) yield event;
  } finally {
    await subscription.close();
  }
}

export const subscriptionResolvers = {
  Subscription: {
    eventAppended: {
      subscribe: (
        _: unknown,
        args: { after?: string | null; streamId?: string | null; type?: string | null },
        context: GatewayContext,
        info: GraphQLResolveInfo,
      ) => {
        const after = positionArgument(args.after, context);
        const accept = (e: RecordedEvent) =>
          (!args.streamId || e.streamId === args.streamId) && (!args.type || e.type === args.type);
        return (async function* () {
          for await (const event of liveEvents(context.system.store, after, accept)) {
            // Each event is sent as soon as its read (if it shows personal data) is on disk.
            const [sent] = await discloseEvents([event], context, info);
            yield { eventAppended: sent };
          }
        })();
      },
    },
    cadreChanged: {
      subscribe: (
        _: unknown,
        args: { id: string; after?: string | null },
        context: GatewayContext,
        info: GraphQLResolveInfo,
      ) => {
        const { system } = context;
        const after = positionArgument(args.after, context);
        const village = findCadre(system.readModels, args.id)?.villageId ?? null;
        authorize(context.principal, 'cadreChanged', village, context.locale);
        return (async function* () {
          for await (const event of liveEvents(
            system.store,
            after,
            (e) => e.streamId === `cadre-${args.id}`,
          )) {
            await system.runner.waitFor(event.position);
            const summary = findCadre(system.readModels, args.id);
            if (summary) yield { cadreChanged: (await disclose([cadreNode(summary)], context, info))[0] };
          }
        })();
      },
    },
  },
};
