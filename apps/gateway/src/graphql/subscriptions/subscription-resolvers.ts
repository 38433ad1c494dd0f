import type { RecordedEvent } from '@cadre/event-store';
import { findCadre } from '@cadre/projections';
import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../access/policy.js';
import type { GatewayContext } from '../context.js';
import { discloseEvents } from '../queries/audit-queries.js';
import { cadreNode } from '../queries/cadre-node.js';
import { disclose } from '../queries/disclosure.js';
import { ledgerChanged } from './ledger-changed.js';
import { liveEvents, positionArgument } from './live-events.js';

export const subscriptionResolvers = {
  Subscription: {
    ledgerChanged,
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
