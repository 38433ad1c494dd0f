import type { ApolloServerPlugin } from '@apollo/server';
import type { AccessContext } from '../access/authorization-plugin.js';
import { ARMOR_LIMITS, type ArmorLimits, armorProtection } from './armor.js';
import { costLimitRule } from './cost-limit.js';
import { errorMessagesPlugin } from './error-messages-plugin.js';
import { type IntrospectionGuardOptions, introspectionGuard } from './introspection.js';
import { oneMutationRule } from './one-mutation.js';
import { MAX_FIELD_REPEATS, repeatedFieldsRule } from './repeated-fields.js';

export interface GraphQLProtectionOptions {
  limits?: ArmorLimits;
  maxFieldRepeats?: number;
  introspection?: IntrospectionGuardOptions;
}

/**
 * Everything that keeps abusive operations from executing, as `{ plugins, validationRules,
 * parseOptions }` to spread into `new ApolloServer<TContext>({...})`: armor's limits, the cost limit,
 * the token limit, the repeated-field rule, one mutation per operation, the introspection guard, and
 * error messages in the caller's language without suggestions. Circular introspection is refused by graphql-js itself (MaxIntrospectionDepthRule).
 */
export function graphqlProtection<TContext extends AccessContext>({
  limits = ARMOR_LIMITS,
  maxFieldRepeats = MAX_FIELD_REPEATS,
  introspection = {},
}: GraphQLProtectionOptions = {}) {
  const armor = armorProtection<TContext>(limits);
  const plugins: ApolloServerPlugin<TContext>[] = [
    ...armor.plugins,
    introspectionGuard<TContext>(introspection),
    errorMessagesPlugin<TContext>(),
  ];
  return {
    plugins,
    validationRules: [
      ...armor.validationRules,
      costLimitRule(limits.maxCost),
      repeatedFieldsRule(maxFieldRepeats),
      oneMutationRule(),
    ],
    parseOptions: armor.parseOptions,
  };
}
