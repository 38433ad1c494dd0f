import { verifyLedgerRules } from '@cadre/application';
import { cadreAggregate, DomainError, isRealDate } from '@cadre/domain';
import { type EventStore, type RecordedEvent, verifyIntegrity } from '@cadre/event-store';
import { listEventLog, listEventLogActors, type Page, stateAsOf, type TimeBasis } from '@cadre/projections';
import type { GraphQLResolveInfo } from 'graphql';
import { logDisclosed } from '../../access/personal-data-disclosed.js';
import { personalDataInEvents, personalDataInState } from '../../access/personal-data-in-ledger.js';
import { selectedFieldsOn } from '../../access/selected-fields.js';
import { toConnection } from '../connection.js';
import { type GatewayContext, inLocale } from '../context.js';
import { withoutNulls } from '../without-nulls.js';
import { type PageArgs, pageRequest } from './page-args.js';

type Rec = Record<string, unknown>;

/** The log indexes events; the events themselves (data, metadata, hashes) are read from the store. */
async function storedEvents(store: EventStore, page: Page<Rec>) {
  const events = await Promise.all(
    page.nodes.map(async (row) => {
      const [event] = await store.readStream(row.streamId as string, {
        fromRevision: row.revision as number,
        maxCount: 1,
      });
      return event!;
    }),
  );
  return { ...page, nodes: events };
}

/**
 * Events as an answer shows them. When the client asked for their `data`, the ID numbers, phones and
 * family details it holds are logged as read before the answer leaves, under the operation called.
 */
export async function discloseEvents(
  events: readonly RecordedEvent[],
  context: GatewayContext,
  info: GraphQLResolveInfo,
) {
  if (selectedFieldsOn(info, 'LedgerEvent').has('data'))
    await logDisclosed(context, info.fieldName, personalDataInEvents(events));
  return events.map(ledgerEvent);
}

export function ledgerEvent(event: RecordedEvent) {
  return {
    ...event,
    position: event.position.toString(),
    actor: event.metadata.actor,
    occurredAt: event.metadata.occurredAt,
    reason: event.metadata.reason ?? null,
    data: JSON.stringify(event.data),
    hash: event.metadata.hash,
    previousHash: event.metadata.previousHash,
    schemaVersion: event.metadata.schemaVersion,
  };
}

const INVALID_AS_OF = {
  zh: 'asOf 应为日期（yyyy-mm-dd）或 ISO 8601 时间',
  en: 'asOf must be a date (yyyy-mm-dd) or an ISO 8601 instant',
};

export const auditQueries = {
  Query: {
    eventLogActors: (_: unknown, __: unknown, { system }: GatewayContext) =>
      listEventLogActors(system.readModels).map((actor) => ({ actor })),
    eventLog: async (
      _: unknown,
      args: PageArgs & { filter?: Rec | null },
      context: GatewayContext,
      info: GraphQLResolveInfo,
    ) => {
      const { system } = context;
      const page = await storedEvents(
        system.store,
        listEventLog(system.readModels, withoutNulls(args.filter ?? {}), pageRequest(args)),
      );
      return toConnection(
        { ...page, nodes: await discloseEvents(page.nodes, context, info) },
        (node) => node,
      );
    },
    cadreHistory: async (
      _: unknown,
      args: PageArgs & { id: string },
      context: GatewayContext,
      info: GraphQLResolveInfo,
    ) => {
      const { system } = context;
      const from = args.after ? Number(args.after) + 1 : 0;
      const size = Math.min(args.first ?? 200, 200);
      const stream = `cadre-${args.id}`;
      const [events, [last]] = await Promise.all([
        system.store.readStream(stream, { fromRevision: from, maxCount: size + 1 }),
        system.store.readStream(stream, { direction: 'backwards', maxCount: 1 }),
      ]);
      const nodes = await discloseEvents(events.slice(0, size), context, info);
      return {
        edges: nodes.map((node) => ({ cursor: String(node.revision), node })),
        pageInfo: {
          hasNextPage: events.length > size,
          endCursor: nodes.length ? String(nodes[nodes.length - 1]!.revision) : null,
        },
        totalCount: last ? last.revision + 1 : 0,
      };
    },
    cadreAsOf: (
      _: unknown,
      args: { id: string; asOf: string; basis?: TimeBasis | null },
      context: GatewayContext,
      info: GraphQLResolveInfo,
    ) =>
      inLocale(context, async () => {
        // a day must be a real one (Date.parse would roll 30 February into March); an instant must parse
        const readable =
          args.asOf.length === 10 ? isRealDate(args.asOf) : !Number.isNaN(Date.parse(args.asOf));
        if (!readable) {
          throw new DomainError('BAD_USER_INPUT', 'INVALID_AS_OF', INVALID_AS_OF, 'asOf');
        }
        const basis = args.basis ?? 'OCCURRED';
        const { state, eventCount } = await stateAsOf(context.system, cadreAggregate, args.id, {
          at: args.asOf,
          basis,
        });
        // The past dossier (`cadre`) is masked and logged by its own resolver; the raw state is logged here.
        if (selectedFieldsOn(info, 'CadreSnapshot').has('state'))
          await logDisclosed(context, info.fieldName, personalDataInState(args.id, state));
        return {
          asOf: args.asOf,
          basis,
          eventCount,
          registered: state.registered,
          name: state.profile?.name ?? null,
          educationLevel: state.profile?.educationLevel ?? null,
          politicalStatus: state.profile?.politicalStatus ?? null,
          posts: state.currentPosts,
          state: JSON.stringify(state),
          folded: { asOf: { at: args.asOf, basis }, state },
        };
      }),
    integrityCheck: async (_: unknown, __: unknown, { system, locale }: GatewayContext) => {
      const [report, violations] = await Promise.all([
        verifyIntegrity(system.rawStore),
        verifyLedgerRules(system.store),
      ]);
      return {
        ...report,
        ok: report.ok && violations.length === 0,
        firstBroken: report.firstBroken
          ? { ...report.firstBroken, position: report.firstBroken.position.toString() }
          : null,
        ruleViolations: violations.map(({ rule, streamId, position, messages }) => ({
          rule,
          streamId,
          position: position.toString(),
          message: locale === 'en' ? messages.en : messages.zh,
        })),
      };
    },
  },
};
