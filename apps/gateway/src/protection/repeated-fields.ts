import {
  type FieldNode,
  Kind,
  type SelectionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { reportLimit } from './limit-errors.js';

export const MAX_FIELD_REPEATS = 20;

/** The fields of one selection set, fragments flattened as execution merges them (each fragment once). */
export function flattenedFields(
  context: ValidationContext,
  selections: readonly SelectionNode[],
  seenFragments = new Set<string>(),
): FieldNode[] {
  return selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return flattenedFields(context, selection.selectionSet.selections, seenFragments);
    if (seenFragments.has(selection.name.value)) return [];
    seenFragments.add(selection.name.value);
    const fragment = context.getFragment(selection.name.value);
    return fragment ? flattenedFields(context, fragment.selectionSet.selections, seenFragments) : [];
  });
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
        for (const field of flattenedFields(context, selectionSet.selections)) {
          const key = (field.alias ?? field.name).value;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
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
