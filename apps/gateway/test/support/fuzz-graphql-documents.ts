import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { chance, type Gen, pick, upTo } from './fuzz-choices.js';
import { hostileJson, hostileNumber, hostileString } from './fuzz-hostile-values.js';

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

type OperationKind = 'query' | 'mutation' | 'subscription';

/** Names a request can use that the schema does not know, or knows elsewhere. */
const BOGUS_NAMES = ['nope', '__schema', '__type', '__typename', 'constructor', '__proto__', 'id', 'edges'];
const DIRECTIVES = [
  '@include(if: true)',
  '@skip(if: false)',
  '@include(if: $flag)',
  '@skip(if: "yes")',
  '@include',
  '@deprecated',
  '@defer',
  '@stream(initialCount: 1)',
  '@specifiedBy(url: "x")',
  '@nope(a: 1)',
];

/**
 * Writes one GraphQL operation out of the real schema's names: mostly well-typed (every required
 * argument, variables declared with the argument's own type and given values of that type, but
 * hostile ones), with aliases, fragments, directives and `__typename`; then, for a share of them,
 * broken on purpose (wrong variable types, names from elsewhere, unknown directives, fragment cycles,
 * mangled text).
 */
export class OperationWriter {
  private readonly names: string[];
  private readonly typeNames: string[];
  private readonly inputTypeNames: string[];

  constructor(
    private readonly schema: GraphQLSchema,
    /** Root fields never written, e.g. `signOut`, which would end the fuzzing caller's own session. */
    private readonly avoid: ReadonlySet<string> = new Set(),
  ) {
    const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
    const fieldNames = types.flatMap((type) =>
      isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
        ? Object.keys(type.getFields())
        : [],
    );
    this.names = [...new Set(fieldNames)].filter((name) => !avoid.has(name));
    this.typeNames = types.map((type) => type.name);
    this.inputTypeNames = types
      .filter((type) => isInputObjectType(type) || isLeafType(type))
      .map((type) => type.name);
  }

  write(g: Gen, kind: OperationKind = chance(g, 8) ? 'subscription' : pick(g, ['query', 'mutation'])) {
    const draft = new Draft(g, this);
    const root = this.rootOf(kind);
    const fields = this.usable(Object.values(root.getFields()));
    // one mutation an operation (protection/one-mutation.ts); now and then more, to be refused
    const count = kind === 'mutation' && !chance(g, 10) ? 1 : 1 + upTo(g, 2);
    const selections = Array.from({ length: count }, () => draft.field(pick(g, fields), 2 + upTo(g, 3)));
    const name = chance(g, 40) ? `Fuzz${upTo(g, 9)}` : undefined;
    const operation: FuzzOperation = {
      query: `${kind}${name ? ` ${name}` : ''}${draft.declarations()} { ${selections.join(' ')} }${draft.fragmentText()}`,
      variables: draft.values,
      ...(name && chance(g, 70) ? { operationName: chance(g, 85) ? name : 'Other' } : {}),
    };
    return chance(g, 30) ? this.broken(g, operation) : operation;
  }

  rootOf(kind: OperationKind): GraphQLObjectType {
    const root =
      kind === 'query'
        ? this.schema.getQueryType()
        : kind === 'mutation'
          ? this.schema.getMutationType()
          : this.schema.getSubscriptionType();
    if (!root) throw new Error(`the schema has no ${kind} type`);
    return root;
  }

  usable<T extends { name: string }>(fields: T[]): T[] {
    return fields.filter((field) => !this.avoid.has(field.name));
  }

  anyName(g: Gen) {
    return chance(g, 80) ? pick(g, this.names) : pick(g, BOGUS_NAMES);
  }

  anyTypeName(g: Gen) {
    return chance(g, 90) ? pick(g, this.typeNames) : 'Nope';
  }

  /** One deliberate fault in an otherwise written operation. */
  private broken(g: Gen, { query, variables, operationName }: FuzzOperation): FuzzOperation {
    const keys = Object.keys(variables);
    switch (upTo(g, 8)) {
      case 0: // a variable of the wrong type, or of no type at all
        if (keys.length) return { query, variables: { ...variables, [pick(g, keys)]: g(() => hostileJson) } };
        return { query, variables: g(() => hostileJson) as Record<string, unknown> };
      case 1: // a name from another type, or none the schema has
        return { query: query.replace(/\b([a-z]\w*)(?=[\s({])/, this.anyName(g)), variables };
      case 2: // a declared variable's type swapped for another type's
        return {
          query: query.replace(/(\$\w+): [\w[\]!]+/, `$1: ${pick(g, this.inputTypeNames)}`),
          variables,
        };
      case 3: // a directive where it may not go, or one that does not exist
        return { query: query.replace(/ \{/, ` ${pick(g, DIRECTIVES)} {`), variables };
      case 4: // fragments spreading each other
        return {
          query: `${query} fragment Loop on ${this.anyTypeName(g)} { ...Loop2 } fragment Loop2 on ${this.anyTypeName(g)} { ...Loop }`,
          variables,
        };
      case 5: // a second operation, and perhaps no name to choose between them
        return {
          query: `${query} ${pick(g, ['query', 'mutation', 'subscription'])} ${operationName ?? ''} { __typename }`,
          variables,
          ...(operationName && chance(g, 50) ? { operationName } : {}),
        };
      case 6: // an undeclared variable, a variable used as a type, an empty selection
        return {
          query: query.replace(/\{/, pick(g, ['{ ...on Query { x: $undeclared } ', '($x: $x) {', '{ }'])),
          variables,
        };
      default: {
        // mangled text: characters cut out or punctuation pushed in
        const at = upTo(g, query.length);
        const cut = chance(g, 50) ? upTo(g, 12) : 0;
        const insert = chance(g, 60)
          ? pick(g, ['{', '}', '(', ')', '$', '@', '...', '"', '"""', '#', ':', '!', '[', '\u0000', '\ud800'])
          : '';
        return {
          query: query.slice(0, at) + insert + query.slice(at + cut),
          variables,
          ...(operationName ? { operationName } : {}),
        };
      }
    }
  }
}

/** The parts of one operation as it is written: its variables, their values and its fragments. */
class Draft {
  readonly values: Record<string, unknown> = {};
  private readonly variables: string[] = [];
  private readonly fragments: string[] = [];
  private fragmentCount = 0;
  private flagUsed = false;

  constructor(
    private readonly g: Gen,
    private readonly writer: OperationWriter,
  ) {}

  /** The variable fields' `@include(if: $flag)` use, declared (or, now and then, declared unused). */
  declarations() {
    const g = this.g;
    if (this.flagUsed || chance(g, 3)) {
      this.variables.push('$flag: Boolean = true');
      if (chance(g, 70)) this.values.flag = chance(g, 90) ? chance(g, 50) : g(() => hostileJson);
    }
    return this.variables.length ? `(${this.variables.join(', ')})` : '';
  }

  fragmentText() {
    return this.fragments.length ? ` ${this.fragments.join(' ')}` : '';
  }

  /** A field with its arguments and, for an object, a selection of its own fields. */
  field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const g = this.g;
    const alias = chance(g, 12) ? `a${upTo(g, 30)}: ` : '';
    const args = field.args.filter((arg) => isNonNullType(arg.type) || chance(g, 35));
    const argText = args.length
      ? `(${args.map((arg) => `${arg.name}: ${this.argument(arg.name, arg.type)}`).join(', ')})`
      : '';
    const directive = chance(g, 5) ? ` ${pick(g, DIRECTIVES.slice(0, 3))}` : '';
    if (directive.includes('$flag')) this.flagUsed = true;
    return `${alias}${field.name}${argText}${directive}${this.selectionOf(getNamedType(field.type), depth - 1)}`;
  }

  /** A value for an argument: usually a variable of its own type, sometimes written in place. */
  private argument(name: string, type: GraphQLInputType): string {
    const g = this.g;
    if (chance(g, 25)) return this.literal(type, 3);
    const variable = `${name}${this.variables.length}`;
    this.variables.push(`$${variable}: ${String(type)}`);
    // a fresh command id often enough that commands get past it to their own rules
    if (name === 'commandId' && chance(g, 70)) this.values[variable] = g(fc.uuid);
    else if (chance(g, 95)) this.values[variable] = this.jsonValue(type, 3);
    return `$${variable}`;
  }

  private selectionOf(type: GraphQLNamedType, depth: number): string {
    const g = this.g;
    if (isLeafType(type)) return '';
    if (isUnionType(type)) {
      const member = pick(this.g, type.getTypes());
      return ` { __typename ... on ${member.name}${this.selectionOf(member, depth)} }`;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = this.writer.usable(Object.values(type.getFields()));
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    if (depth <= 0) {
      const leaf = leaves.length ? pick(g, leaves) : undefined;
      return ` { ${leaf ? this.field(leaf, 0) : '__typename'} }`;
    }
    const count = 1 + upTo(g, 3);
    const parts = Array.from({ length: count }, () => {
      switch (upTo(g, 11)) {
        case 0:
          return '__typename';
        case 1:
          return `... on ${type.name}${this.selectionOf(type, depth - 1)}`;
        case 2: {
          const name = `F${this.fragmentCount++}`;
          this.fragments.push(`fragment ${name} on ${type.name}${this.selectionOf(type, depth - 1)}`);
          return `...${name}`;
        }
        default:
          return this.field(pick(g, fields), depth);
      }
    });
    return ` { ${parts.join(' ')} }`;
  }

  /** A JSON value of the type, as a variable holds it: of the right shape, with hostile contents. */
  private jsonValue(type: GraphQLInputType, depth: number, nullable = true): unknown {
    const g = this.g;
    if (isNonNullType(type)) return this.jsonValue(type.ofType, depth, false);
    if (nullable && chance(g, 8)) return null;
    if (isListType(type)) {
      return Array.from({ length: upTo(g, depth > 0 ? 3 : 0) }, () => this.jsonValue(type.ofType, depth - 1));
    }
    if (isEnumType(type)) return chance(g, 95) ? pick(g, type.getValues()).name : g(() => hostileString);
    if (isInputObjectType(type)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (required || (depth > 0 && chance(g, 40)))
          value[field.name] = this.jsonValue(field.type, depth - 1);
      }
      if (chance(g, 5)) value[this.writer.anyName(g)] = g(() => hostileJson);
      return value;
    }
    switch (type.name) {
      case 'Int':
        return chance(g, 85) ? g(fc.integer, { min: -(2 ** 31), max: 2 ** 31 - 1 }) : g(() => hostileNumber);
      case 'Float':
        return g(() => hostileNumber);
      case 'Boolean':
        return g(fc.boolean);
      case 'ID':
        return chance(g, 30) ? g(fc.uuid) : g(() => hostileString);
      default:
        return g(() => hostileString);
    }
  }

  /** The same, written in GraphQL syntax in the document. */
  private literal(type: GraphQLInputType, depth: number, nullable = true): string {
    const g = this.g;
    if (isNonNullType(type)) return this.literal(type.ofType, depth, false);
    if (nullable && chance(g, 5)) return 'null';
    if (isListType(type))
      return `[${Array.from({ length: upTo(g, depth > 0 ? 2 : 0) }, () => this.literal(type.ofType, depth - 1)).join(', ')}]`;
    if (isEnumType(type)) return chance(g, 95) ? pick(g, type.getValues()).name : 'NOPE';
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter(
        (field) =>
          (isNonNullType(field.type) && field.defaultValue === undefined) || (depth > 0 && chance(g, 40)),
      );
      return `{ ${fields.map((field) => `${field.name}: ${this.literal(field.type, depth - 1)}`).join(', ')} }`;
    }
    switch (type.name) {
      case 'Int':
        return String(
          chance(g, 85) ? g(fc.integer, { min: -(2 ** 31), max: 2 ** 31 - 1 }) : g(() => hostileNumber),
        );
      case 'Float':
        return String(g(() => hostileNumber)).replace(/^-?0$/, '0');
      case 'Boolean':
        return String(g(fc.boolean));
      default:
        return chance(g, 90) ? JSON.stringify(g(() => hostileString)) : `"""${g(() => hostileString)}"""`;
    }
  }
}
