import { buildSchema, execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';

/**
 * Our patch of graphql-jit (patches/graphql-jit@0.8.9.patch) returns a valid leaf as it is and builds an
 * error's locations and path only for an invalid one: every kind of leaf value, valid or not, in a list and
 * alone, must still answer exactly as graphql-js does. A non-null field stands alone in its object: after
 * one fails, graphql-js stops that object's other fields, graphql-jit (patched or not) reports them too.
 */
const schema = buildSchema(`
  enum Grade { EXCELLENT GOOD }
  enum Coded { ONE TWO }
  type Leaf { s: String id: ID b: Boolean i: Int f: Float g: Grade c: Coded }
  type RequiredText { sn: String! }
  type RequiredGrade { gn: Grade! }
  type Query {
    leaves: [Leaf] texts: [RequiredText] grades: [RequiredGrade]
    leaf: Leaf text: RequiredText grade: RequiredGrade
  }
`);
// an enum whose internal values are not its names: serialized through its own lookup, never the fast path
const coded = schema.getType('Coded') as unknown as { getValues(): { value: unknown }[] };
for (const [n, value] of coded.getValues().entries()) value.value = n + 1;

const leaves = [
  { s: 'text', id: 'a-1', b: true, i: 7, f: 1.5, g: 'GOOD', c: 2 },
  { s: 5, id: 12, b: 'yes', i: 2.5, f: Number.NaN, g: 'BAD', c: 'ONE' },
  { s: null, id: null, b: null, i: 2 ** 31, f: null, g: null, c: 1 },
  { s: new Error('源失败'), i: '3', f: '2.5', b: 0, g: {} },
  { s: true, id: true, i: -0, f: Number.POSITIVE_INFINITY, c: 3 },
];
const texts = [{ sn: '文字' }, { sn: null }, { sn: new Error('必填失败') }, { sn: 8 }, {}];
const grades = [{ gn: 'EXCELLENT' }, { gn: null }, { gn: 7 }, { gn: 'good' }, { gn: new Error('等次失败') }];
const root = { leaves, texts, grades, leaf: leaves[1], text: texts[1], grade: grades[2] };
const QUERY = `{
  leaves { s id b i f g c } texts { sn } grades { gn }
  leaf { s id b i f g c } text { sn } grade { gn }
}`;

const plain = (result: unknown) => JSON.parse(JSON.stringify(result));
async function viaJit(query: string, rootValue: object = root) {
  const compiled = compileQuery(schema, parse(query));
  if (!isCompiledQuery(compiled)) throw new Error(`did not compile: ${JSON.stringify(compiled)}`);
  return plain(await compiled.query(rootValue, {}, {}));
}

describe('graphql-jit, as we patch it, serializes leaves as graphql-js does', () => {
  it('valid values, nulls, Errors and values of the wrong kind, in a list and alone', async () => {
    const js = plain(await execute({ schema, document: parse(QUERY), rootValue: root }));
    expect(js.errors.length).toBe(25); // counted by hand from the values above
    const jit = await viaJit(QUERY);
    expect(jit.data).toEqual(js.data);
    // the same errors, word for word; graphql-jit lists the non-null fields' errors after the others
    const inPathOrder = (errors: { path: unknown[] }[]) =>
      [...errors].sort((a, b) => a.path.join('.').localeCompare(b.path.join('.')));
    expect(inPathOrder(jit.errors)).toEqual(inPathOrder(js.errors));
  });

  it('returns valid values unchanged, an enum through its own values', async () => {
    const { data } = await viaJit('{ leaves { s id b i f g c } texts { sn } grades { gn } }');
    expect(data.leaves[0]).toEqual({ s: 'text', id: 'a-1', b: true, i: 7, f: 1.5, g: 'GOOD', c: 'TWO' });
    expect(data.leaves[4]).toEqual({ s: 'true', id: null, b: null, i: 0, f: null, c: null, g: null });
    expect([data.texts[0], data.grades[0]]).toEqual([{ sn: '文字' }, { gn: 'EXCELLENT' }]);
  });

  it('reads each leaf once, a getter too (a connection edge’s cursor is one), valid or not', async () => {
    const reads = { valid: 0, invalid: 0 };
    const row = {
      get s() {
        reads.valid++;
        return 'text';
      },
      get i() {
        reads.invalid++;
        return 2.5;
      },
    };
    const answer = await viaJit('{ leaves { s i } leaf { s i } }', { leaves: [row, row], leaf: row });
    expect(answer.data).toEqual({
      leaves: [
        { s: 'text', i: null },
        { s: 'text', i: null },
      ],
      leaf: { s: 'text', i: null },
    });
    expect(reads).toEqual({ valid: 3, invalid: 3 });
  });

  it('is applied: a valid text is returned before any error is made for it', () => {
    // `debug` keeps the generated code on the compiled query; graphql-jit's types do not list it
    const debug = { debug: true } as Parameters<typeof compileQuery>[3];
    const compiled = compileQuery(schema, parse('{ text { sn } }'), undefined, debug);
    const code = (compiled as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation?: string })
      .__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation;
    expect(code).toMatch(/if \(typeof value === "string"\) return value;/);
  });
});
