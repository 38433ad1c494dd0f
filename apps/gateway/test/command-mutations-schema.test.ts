import { COMMANDS, type CommandName } from '@cadre/domain';
import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutationNameOf } from '../src/graphql/resolvers/command-resolvers.js';
import { DERIVED_IDS } from '../src/graphql/resolvers/derived-ids.js';
import { shapeOfGraphQL, shapeOfZod, withOptionalField } from './support/input-shape.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const commands = Object.keys(COMMANDS) as CommandName[];
/** The admin client reads the cadre these two answer. */
const ANSWERS_THE_CADRE: ReadonlySet<CommandName> = new Set(['RegisterCadre', 'AppointCadre']);
const PAYLOAD_TYPES = ['CommandPayload', 'StreamRef', 'DerivedId', 'CadrePayload'];

/** Input types and enums reached from a type, itself included. */
function inputTypesFrom(type: GraphQLInputType, found = new Map<string, GraphQLNamedType>()) {
  const named = getNamedType(type);
  if (found.has(named.name) || !(isInputObjectType(named) || isEnumType(named))) return found;
  found.set(named.name, named);
  if (isInputObjectType(named))
    for (const field of Object.values(named.getFields())) inputTypesFrom(field.type, found);
  return found;
}

const fieldsOf = (type: GraphQLNamedType): { name: string; description?: string | null }[] =>
  'getFields' in type ? Object.values(type.getFields()) : [];

describe('the command mutations in the schema', () => {
  let t: TestGateway;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestGateway();
    const { data } = await t.graphql(getIntrospectionQuery({ descriptions: true }));
    schema = buildClientSchema(data);
  });
  afterAll(() => t.stop());

  const mutationOf = (command: CommandName): GraphQLField<unknown, unknown> | undefined =>
    schema.getMutationType()!.getFields()[mutationNameOf(command)];

  it.each(commands)('%s has a mutation taking commandId, reason and its input', (command) => {
    const mutation = mutationOf(command);
    expect(mutation, `no mutation ${mutationNameOf(command)} for ${command}`).toBeDefined();
    const args = Object.fromEntries(mutation!.args.map((arg) => [arg.name, String(arg.type)]));
    expect(args).toEqual({ commandId: 'ID!', reason: 'String', input: `${command}Input!` });
    expect(String(mutation!.type)).toBe(ANSWERS_THE_CADRE.has(command) ? 'CadrePayload!' : 'CommandPayload!');
  });

  it.each(commands)('%s: its input type mirrors the domain input field by field', (command) => {
    // Ids the gateway derives, and the business date (today when left out), may be omitted.
    const optional = [
      ...(DERIVED_IDS[command] ?? []).map(({ path }) => path.split('.')),
      [COMMANDS[command].occurredOn],
    ];
    const expected = optional.reduce(withOptionalField, shapeOfZod(COMMANDS[command].input));
    const input = mutationOf(command)!.args.find((arg) => arg.name === 'input')!;
    expect(shapeOfGraphQL(input.type)).toEqual(expected);
  });

  it('has a mutation only for commands', () => {
    // The account mutations are the ones that are not domain commands.
    const ACCOUNT_MUTATIONS = new Set(['signIn', 'signOut', 'disableUser', 'resetPassword']);
    // Document imports run commands of their own (one per row or per form), under ids derived from the file.
    const DOCUMENT_IMPORTS = new Set(['importLrmx', 'importRoster']);
    const names = Object.keys(schema.getMutationType()!.getFields()).filter(
      (name) => !ACCOUNT_MUTATIONS.has(name) && !DOCUMENT_IMPORTS.has(name),
    );
    expect(names.sort()).toEqual(commands.map(mutationNameOf).sort());
  });

  it('describes every mutation, and every type and field its inputs and payloads use', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const inputTypes = new Map<string, GraphQLNamedType>();
    for (const mutation of mutations) for (const arg of mutation.args) inputTypesFrom(arg.type, inputTypes);
    const types = [...inputTypes.values(), ...PAYLOAD_TYPES.map((name) => schema.getType(name)!)];
    const undescribed = [
      ...mutations.filter((m) => !m.description).map((m) => `Mutation.${m.name}`),
      ...types.filter((type) => !type.description).map((type) => type.name),
      ...types.flatMap((type) =>
        fieldsOf(type)
          .filter((f) => !f.description)
          .map((f) => `${type.name}.${f.name}`),
      ),
    ];
    expect(undescribed).toEqual([]);
  });
});
