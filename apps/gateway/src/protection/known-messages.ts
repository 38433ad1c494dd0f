import type { Localized } from '@cadre/domain';

type Translation = [pattern: RegExp, messages: (match: RegExpMatchArray) => Localized];

/** Refusals that graphql-js words in English only, for the limits the gateway relies on. */
const TRANSLATIONS: Translation[] = [
  [
    // graphql 16 says "more that"; a fixed spelling must keep matching
    /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/,
    (match) => ({
      zh: `查询过长：超过 ${match[1]} 个记号`,
      en: `The query is too long: more than ${match[1]} tokens`,
    }),
  ],
  [
    /^Maximum introspection depth exceeded$/,
    () => ({
      zh: '内省查询嵌套过深：类型不能循环展开',
      en: 'Introspection nested too deep: types may not be expanded in circles',
    }),
  ],
];

export function translateKnownMessage(message: string): Localized | undefined {
  for (const [pattern, messages] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return messages(match);
  }
  return undefined;
}
