import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Localized } from '@cadre/domain';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { reportLimit } from './limit-errors.js';

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectCallbacks = NonNullable<NonNullable<ArmorConfig['maxDepth']>['onReject']>;

export interface ArmorLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
}

export const ARMOR_LIMITS: Readonly<ArmorLimits> = {
  maxDepth: 6,
  maxAliases: 15,
  maxTokens: 1000,
  maxCost: 10_000,
  maxDirectives: 50,
};

/** armor's own English detail, e.g. "Query depth limit of 6 exceeded, found 9." */
const detailOf = (message: string) => message.replace(/^Syntax Error: /, '');

/** Reports armor's rejection as our bilingual, coded error instead of its bare English one. */
function rejectWith(zh: (limit: number) => string, limit: number): RejectCallbacks {
  return [
    (context, error) => {
      const messages: Localized = { zh: zh(limit), en: detailOf(error.message) };
      if (context) reportLimit(context, messages, { limit });
    },
  ];
}

/** What armor's field-suggestion protection writes instead of GraphQL's "Did you mean …". */
export const SUGGESTION_MASK = '[Suggestion hidden]';

/**
 * graphql-armor with the gateway's limits: depth (introspection's `__schema` not counted, as armor
 * does), aliases (`__typename` ones too: graphql-cop's alias attack uses them) and directives, and
 * field suggestions hidden. Spread the result into `new ApolloServer({...})`.
 *
 * The cost limit (`maxCost`) is the gateway's own rule (cost-limit.ts), which counts a page by the
 * rows it may hold.
 *
 * The token limit is graphql-js's own `parseOptions.maxTokens` rather than armor's: armor's Apollo
 * plugin throws from `parsingDidStart`, which Apollo answers as an unexpected error with status 500.
 */
export function armorProtection<TContext extends BaseContext>(limits: ArmorLimits = ARMOR_LIMITS) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      // depth is the answer's nesting: a fragment spread adds none (unflattened, armor counts 2 for each)
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: rejectWith((n) => `查询嵌套深度超过上限 ${n}`, limits.maxDepth),
    },
    maxAliases: {
      n: limits.maxAliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: rejectWith((n) => `查询使用的别名超过上限 ${n} 个`, limits.maxAliases),
    },
    costLimit: { enabled: false },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: rejectWith((n) => `查询使用的指令超过上限 ${n} 个`, limits.maxDirectives),
    },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true, mask: SUGGESTION_MASK },
  }).protect();
  return {
    // armor's declarations name the types of Apollo's CommonJS build; the plugins themselves fit any context
    plugins: plugins as unknown as ApolloServerPlugin<TContext>[],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
