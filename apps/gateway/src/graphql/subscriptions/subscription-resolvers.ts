import type { EventStore, RecordedEvent } from '@cadre/event-store';
import { findCadre } from '@cadre/projections';
import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../access/policy.js';
import type { GatewayContext } from '../context.js';
import { ledgerEvent } from '../queries/audit-queries.js';
import { cadreNode } from '../queries/cadre-node.js';
import { disclose } from '../queries/disclosure.js';

/** Events stored from now on, as a subscription of the store; closing the iterator closes it. */
async function* liveEvents(store: EventStore, accept: (event: RecordedEvent) => boolean) {
  const subscription = store.subscribeToAll({ after: await store.headPosition() });
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
        args: { streamId?: string | null; type?: string | null },
        { system }: GatewayContext,
      ) =>
        (async function* () {
          const accept = (e: RecordedEvent) =>
            (!args.streamId || e.streamId === args.streamId) && (!args.type || e.type === args.type);
          for await (const event of liveEvents(system.store, accept))
            yield { eventAppended: ledgerEvent(event) };
        })(),
    },
    cadreChanged: {
      subscribe: (_: unknown, args: { id: string }, context: GatewayContext, info: GraphQLResolveInfo) => {
        const { system } = context;
        const village = findCadre(system.readModels, args.id)?.villageId ?? null;
        authorize(context.principal, 'cadreChanged', village, context.locale);
        return (async function* () {
          for await (const event of liveEvents(system.store, (e) => e.streamId === `cadre-${args.id}`)) {
            await system.runner.waitFor(event.position);
            const summary = findCadre(system.readModels, args.id);
            if (summary) yield { cadreChanged: (await disclose([cadreNode(summary)], context, info))[0] };
          }
        })();
      },
    },
  },
};
