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

/** What a refusal of each kind means, for graphql-js messages no translation above knows word for word. */
const MEANING_OF_CODE: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'GraphQL 语法错误',
  GRAPHQL_VALIDATION_FAILED: '请求不符合接口定义',
  BAD_USER_INPUT: '参数不正确',
  BAD_REQUEST: '请求无法处理',
  PERSISTED_QUERY_NOT_FOUND: '未找到预存的查询，请发送完整查询',
  PERSISTED_QUERY_NOT_SUPPORTED: '不支持预存查询',
};

/**
 * A Chinese message for a refusal graphql-js or Apollo words in English only: what it means, then the
 * technical detail as given (it names the client's own fields and types).
 */
export function translateByCode(code: unknown, message: string): Localized | undefined {
  const meaning = typeof code === 'string' ? MEANING_OF_CODE[code] : undefined;
  return meaning ? { zh: `${meaning}：${message}`, en: message } : undefined;
}
