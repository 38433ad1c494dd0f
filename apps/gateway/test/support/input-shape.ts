import { type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';

/** What an input accepts, told the same way for a zod schema and a GraphQL input type, to compare them. */
export type Shape =
  | { scalar: string }
  | { enum: string[] }
  | { list: Shape; itemsRequired: boolean }
  | { fields: Record<string, { required: boolean; shape: Shape }> };

/** The shape of a zod schema in GraphQL's terms: a uuid is an ID, an int an Int, another number a Float. */
export function shapeOfZod(schema: any): Shape {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return shapeOfZod(def.innerType);
    case 'pipe':
      return shapeOfZod(def.in);
    case 'object':
      return {
        fields: Object.fromEntries(
          Object.entries(def.shape).map(([name, field]: [string, any]) => [
            name,
            // optin is 'optional' or 'defaulted' for a field the input may leave out
            { required: field._zod.optin === undefined, shape: shapeOfZod(field) },
          ]),
        ),
      };
    case 'array':
      return { list: shapeOfZod(def.element), itemsRequired: true };
    case 'enum':
      return { enum: Object.values(def.entries as Record<string, string>).sort() };
    case 'string':
      return { scalar: def.format === 'uuid' ? 'ID' : 'String' };
    case 'number':
      return { scalar: def.format === 'safeint' ? 'Int' : 'Float' };
    case 'boolean':
      return { scalar: 'Boolean' };
    default:
      throw new Error(`zod type ${def.type} has no GraphQL counterpart here`);
  }
}

export function shapeOfGraphQL(type: GraphQLInputType): Shape {
  const named = isNonNullType(type) ? type.ofType : type;
  if (isListType(named))
    return { list: shapeOfGraphQL(named.ofType), itemsRequired: isNonNullType(named.ofType) };
  if (isEnumType(named))
    return {
      enum: named
        .getValues()
        .map((value) => value.name)
        .sort(),
    };
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).map((field) => [
      field.name,
      { required: isNonNullType(field.type), shape: shapeOfGraphQL(field.type) },
    ]);
    return { fields: Object.fromEntries(fields) };
  }
  return { scalar: named.name };
}

/** The shape with the field at `path` optional (`*` steps into a list's items). */
export function withOptionalField(shape: Shape, [segment, ...rest]: string[]): Shape {
  if (segment === '*' && 'list' in shape) return { ...shape, list: withOptionalField(shape.list, rest) };
  if (segment === undefined || !('fields' in shape) || !shape.fields[segment]) return shape;
  const field = shape.fields[segment];
  const changed =
    rest.length === 0
      ? { ...field, required: false }
      : { ...field, shape: withOptionalField(field.shape, rest) };
  return { fields: { ...shape.fields, [segment]: changed } };
}
