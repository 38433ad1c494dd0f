import fc from 'fast-check';

/** Characters that break naive text handling: NUL, other controls, direction overrides, lone surrogates. */
const HOSTILE_CHARACTERS = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\ud83d',
  '\uffff',
  '\n',
  '\r\n',
  '\t',
  '"',
  '\\',
  "'",
  '%',
  '_',
  '😀',
  '𠀀',
  '张',
];

/** Strings servers get wrong: SQL and path tricks, prototype keys, numbers and dates in disguise. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u3000',
  "' OR 1=1 --",
  '"; DROP TABLE events; --',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x10',
  '2026-02-30',
  '2025-02-29',
  '2026-04-31',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2026-1-1',
  '2026-02-30T25:61:61Z',
  '340121198005120012',
  '34012119800512001X',
  '00000000-0000-0000-0000-000000000000',
  'ck_',
  'Bearer ',
  '%00',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j probe, meant literally
  '${jndi:ldap://x}',
  '{{7*7}}',
  '<script>alert(1)</script>',
];

/** Text with hostile characters mixed into ordinary ones. */
export const hostileText: fc.Arbitrary<string> = fc.noBias(
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_CHARACTERS), fc.string({ maxLength: 6 })), { maxLength: 8 })
    .map((parts) => parts.join('')),
);

/** A string a field should refuse or survive: nasty, hostile, any code unit, or absurdly long. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.noBias(fc.constantFrom(...NASTY_STRINGS)) },
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', '张', '\u0000', '\ud800', 'a\u202e'), fc.constantFrom(1_000, 100_000))
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length))),
  },
);

/** Numbers at and beyond every edge a 32-bit GraphQL Int, a double or a page size has. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.noBias(
    fc.constantFrom(
      0,
      -0,
      -1,
      1,
      200,
      201,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      -(2 ** 31) - 1,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      -Number.MAX_VALUE,
      0.1,
      1.5,
      1e21,
    ),
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Number spellings that JSON.stringify never writes: NaN, infinities, overflowing exponents, leading zeros. */
export const hostileNumberText: fc.Arbitrary<string> = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e400',
  '1e-400',
  '123456789012345678901234567890',
  '-0',
  '01',
  '0x1F',
  '1.',
  '.5',
  '+1',
);

/** Any JSON value, biased toward the hostile ones. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** JSON text nested `depth` levels deep, arrays or objects, around a value. */
export const nestedJsonText = (depth: number, kind: 'array' | 'object', inner = '1') =>
  kind === 'array'
    ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;

/** A deeply nested JSON value as text, from a few levels to far past any recursion limit. */
export const deeplyNestedJsonText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(3, 64, 1_000, 10_000, 100_000), fc.constantFrom('array' as const, 'object' as const))
  .map(([depth, kind]) => nestedJsonText(depth, kind));
