import { Kind, type SelectionNode, type ValidationContext, type ValidationRule } from 'graphql';
import { reportLimit } from './limit-errors.js';

export const MAX_FIELD_REPEATS = 20;

/** The response keys (alias or name) of one selection set, fragments flattened as execution merges them. */
function countResponseKeys(
  context: ValidationContext,
  selections: readonly SelectionNode[],
  counts: Map<string, number>,
  seenFragments: Set<string>,
): void {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      const key = (selection.alias ?? selection.name).value;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countResponseKeys(context, selection.selectionSet.selections, counts, seenFragments);
    } else if (!seenFragments.has(selection.name.value)) {
      seenFragments.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) countResponseKeys(context, fragment.selectionSet.selections, counts, seenFragments);
    }
  }
}

/**
 * Refuses one field asked for over and over in the same place (graphql-cop's "field duplication":
 * `__typename` × 500), which stays under the token and cost limits yet makes the server merge every
 * copy. Real clients repeat a field only through a few fragments.
 */
export function repeatedFieldsRule(maxRepeats = MAX_FIELD_REPEATS): ValidationRule {
  return (context) => {
    let reported = false;
    return {
      SelectionSet(selectionSet) {
        if (reported) return;
        const counts = new Map<string, number>();
        countResponseKeys(context, selectionSet.selections, counts, new Set());
        for (const [key, count] of counts) {
          if (count <= maxRepeats) continue;
          reported = true;
          reportLimit(
            context,
            {
              zh: `字段“${key}”在同一处重复了 ${count} 次，上限 ${maxRepeats} 次`,
              en: `Field "${key}" is repeated ${count} times in one place; the limit is ${maxRepeats}`,
            },
            { limit: maxRepeats },
          );
          return;
        }
      },
    };
  };
}
