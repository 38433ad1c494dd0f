import type { GraphQLResolveInfo } from 'graphql';
import { type GatewayContext, inLocale } from '../graphql/context.js';

type Resolve = (parent: unknown, args: unknown, context: GatewayContext, info: GraphQLResolveInfo) => unknown;
type ResolverMap = Record<string, unknown>;

const ROOT_TYPES = new Set(['Query', 'Mutation']);

/**
 * Every query and mutation resolver run as `inLocale` runs a body: a domain rule a resolver did not catch
 * (a page cursor that does not decode, a day that does not exist) answers its coded error in the caller's
 * language, not in the zh-CN that `formatError`, knowing no caller, falls back to. Nested fields take no
 * arguments that break rules, and stay as fast as they are.
 */
export function rootFieldsInLocale<T extends object>(resolverMaps: readonly T[]): T[] {
  return resolverMaps.map((map) => {
    const wrapped: ResolverMap = { ...(map as ResolverMap) };
    for (const [type, fields] of Object.entries(map)) {
      if (!ROOT_TYPES.has(type) || typeof fields !== 'object' || fields === null) continue;
      wrapped[type] = Object.fromEntries(
        Object.entries(fields).map(([name, resolve]) => [
          name,
          typeof resolve === 'function'
            ? (parent: unknown, args: unknown, context: GatewayContext, info: GraphQLResolveInfo) =>
                inLocale(context, () => (resolve as Resolve)(parent, args, context, info))
            : resolve,
        ]),
      );
    }
    return wrapped as T;
  });
}
