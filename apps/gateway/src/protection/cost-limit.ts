import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@cadre/projections';
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { reportLimit } from './limit-errors.js';

/**
 * The rows a paged field (one that takes `first`) answers at most, as the read models clamp `first`. A
 * variable may carry anything up to the clamp, whatever its default, so it counts as a full page.
 */
function rowsOf(field: FieldNode): number {
  const first = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (!first || first.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
  if (first.kind === Kind.INT) return Math.min(Math.max(Number(first.value), 0), MAX_PAGE_SIZE);
  return MAX_PAGE_SIZE;
}

const takesFirst = (definition: GraphQLField<unknown, unknown> | undefined) =>
  definition?.args.some((argument) => argument.name === 'first') ?? false;

/**
 * An operation's cost: every field counts 1, and a list inside a page (a connection's `edges`) counts once
 * per row the page may hold. Fragments count as if written in place. Unknown fields (meta fields, or ones
 * validation refuses anyway) count 1 with everything under them.
 */
export function costOf(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  rootType: GraphQLOutputType,
) {
  const fragmentCosts = new Map<string, number>();
  const onPath = new Set<string>();

  const costOfSet = (set: SelectionSetNode, type: GraphQLOutputType | undefined, rows: number): number => {
    const named = type ? getNamedType(type) : undefined;
    const fields = named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields() : {};
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fields[selection.name.value];
        const inner = selection.selectionSet
          ? costOfSet(
              selection.selectionSet,
              definition?.type,
              takesFirst(definition) ? rowsOf(selection) : 1,
            )
          : 0;
        const times = definition && isListType(getNullableType(definition.type)) ? rows : 1;
        cost += times * (1 + inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        const conditionType = condition ? context.getSchema().getType(condition) : undefined;
        cost += costOfSet(selection.selectionSet, (conditionType as GraphQLOutputType) ?? named, rows);
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        // a cycle is refused by NoFragmentCyclesRule; here it only must not recurse forever
        if (!fragment || onPath.has(name)) continue;
        const key = `${name}\n${rows}`;
        let fragmentCost = fragmentCosts.get(key);
        if (fragmentCost === undefined) {
          onPath.add(name);
          const conditionType = context.getSchema().getType(fragment.typeCondition.name.value);
          fragmentCost = costOfSet(fragment.selectionSet, conditionType as GraphQLOutputType, rows);
          onPath.delete(name);
          fragmentCosts.set(key, fragmentCost);
        }
        cost += fragmentCost;
      }
    }
    return cost;
  };

  return costOfSet(selectionSet, rootType, 1);
}

/**
 * Refuses an operation whose answer could hold more than `maxCost` values. graphql-armor's cost limit is
 * not used: it counts `first` only when written as a number (a variable made any page cost one row) and
 * takes an omitted `first` for one row where the read models answer 50.
 */
export function costLimitRule(maxCost: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const rootType = context.getSchema().getRootType(operation.operation);
      if (!rootType) return;
      const cost = costOf(context, operation.selectionSet, rootType);
      if (cost <= maxCost) return;
      reportLimit(
        context,
        {
          zh: `查询代价 ${cost} 超过上限 ${maxCost}（分页中的字段按每页最多行数计）`,
          en: `Query cost ${cost} exceeds the limit of ${maxCost} (fields in a page count once per row it may hold)`,
        },
        { limit: maxCost, cost },
      );
    },
  });
}
