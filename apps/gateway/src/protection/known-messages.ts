import type { Localized } from '@cadre/domain';

/** A refusal graphql-js or Apollo words in English only, and the code it should carry when it has none. */
export interface KnownRefusal {
  messages: Localized;
  code?: string;
}

type Translation = [pattern: RegExp, messages: (match: RegExpMatchArray) => Localized, code?: string];

/** Refusals that graphql-js and Apollo word in English only, for the limits and protocols the gateway relies on. */
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
  // Apollo refuses these two with no code, which would make them internal errors.
  [
    /^provided sha does not match query$/,
    () => ({
      zh: '预存查询的哈希与查询文本不符：sha256Hash 须为 query 的 SHA-256（小写十六进制）',
      en: 'The persisted query hash does not match the query: sha256Hash must be the SHA-256 of query (lowercase hex)',
    }),
    'BAD_REQUEST',
  ],
  [
    /^Unsupported persisted query version$/,
    () => ({
      zh: '不支持此版本的预存查询：extensions.persistedQuery 须为 { version: 1, sha256Hash }',
      en: 'Unsupported persisted query version: extensions.persistedQuery must be { version: 1, sha256Hash }',
    }),
    'PERSISTED_QUERY_NOT_SUPPORTED',
  ],
  // graphql-js throws these while it collects the fields to run (`@include(if: $flag)` given null, or a
  // variable nobody sent): with no code, they would be internal errors too.
  [
    /^Argument "(\w+)" of non-null type "([^"]+)" must not be null\.$/,
    (match) => ({
      zh: `参数 ${match[1]} 须为 ${match[2]}，不能为 null`,
      en: `Argument ${match[1]} must be a ${match[2]}, not null`,
    }),
    'BAD_USER_INPUT',
  ],
  [
    /^Argument "(\w+)" of required type "([^"]+)" was provided the variable "\$(\w+)" which was not provided a runtime value\.$/,
    (match) => ({
      zh: `参数 ${match[1]}（${match[2]}）引用的变量 $${match[3]} 没有提供值`,
      en: `Argument ${match[1]} (${match[2]}) names the variable $${match[3]}, which was given no value`,
    }),
    'BAD_USER_INPUT',
  ],
  [
    /^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/,
    () => ({
      zh: '请求中没有 GraphQL 操作：须有非空的 query 或 extensions.persistedQuery',
      en: 'The request holds no GraphQL operation: send a non-empty query or extensions.persistedQuery',
    }),
  ],
  [
    /^GET requests only support query operations, not (\w+) operations$/,
    (match) =>
      match[1] === 'subscription'
        ? {
            zh: 'GET 请求只能执行查询（query）；订阅须通过 WebSocket（graphql-ws）',
            en: 'GET requests may only run queries; subscriptions go over WebSocket (graphql-ws)',
          }
        : {
            zh: `GET 请求只能执行查询（query）；${match[1]} 须用 POST`,
            en: `GET requests may only run queries; send a ${match[1]} with POST`,
          },
  ],
];

/** The translation of a message graphql-js or Apollo words in English only, and its code if it has none. */
export function knownRefusal(message: string): KnownRefusal | undefined {
  for (const [pattern, messages, code] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return { messages: messages(match), ...(code ? { code } : {}) };
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
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
};

/**
 * A Chinese message for a refusal graphql-js or Apollo words in English only: what it means, then the
 * technical detail as given (it names the client's own fields and types).
 */
export function translateByCode(code: unknown, message: string): Localized | undefined {
  const meaning = typeof code === 'string' ? MEANING_OF_CODE[code] : undefined;
  return meaning ? { zh: `${meaning}：${message}`, en: message } : undefined;
}
