import {
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * The names of the fields a client selected on objects of one type anywhere under the resolving field,
 * e.g. the Cadre fields of `cadres { edges { node { name idNumber } } }` are {name, idNumber}.
 * `@skip`/`@include` are not evaluated: a skipped field still counts, so the read log errs on the side
 * of recording.
 */
export function selectedFieldsOn(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const selected = new Set<string>();
  const visitedFragments = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (parentType?.name === typeName) selected.add(selection.name.value);
        if (selection.selectionSet && (isObjectType(parentType) || isInterfaceType(parentType))) {
          const field = parentType.getFields()[selection.name.value];
          if (field) walk(selection.selectionSet, getNamedType(field.type));
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        walk(selection.selectionSet, condition ? info.schema.getType(condition) : parentType);
      } else if (!visitedFragments.has(selection.name.value)) {
        visitedFragments.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet, info.schema.getType(fragment.typeCondition.name.value));
      }
    }
  };
  for (const node of info.fieldNodes) {
    if (node.selectionSet) walk(node.selectionSet, getNamedType(info.returnType));
  }
  return selected;
}
