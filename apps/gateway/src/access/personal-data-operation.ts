import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** The name of the root field whose answer has the given response key (its alias, or its name). */
function rootFieldNamed(info: GraphQLResolveInfo, responseKey: string): string | undefined {
  const seen = new Set<string>();
  const search = (selectionSet: SelectionSetNode): string | undefined => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if ((selection.alias?.value ?? selection.name.value) === responseKey) return selection.name.value;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const found = search(selection.selectionSet);
        if (found) return found;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        const found = fragment && search(fragment.selectionSet);
        if (found) return found;
      }
    }
    return undefined;
  };
  return search(info.operation.selectionSet);
}

/**
 * The operation a read goes in the log under: the root field the client called, also for data resolved
 * deeper (a past dossier under `cadreAsOf` is read through `cadreAsOf`, not through `cadre`).
 */
export function operationOf(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  return path === info.path ? info.fieldName : (rootFieldNamed(info, String(path.key)) ?? info.fieldName);
}
