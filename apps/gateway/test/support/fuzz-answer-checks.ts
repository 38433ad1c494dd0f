import { type Locale, pick } from '@cadre/domain';

export interface HttpAnswer {
  status: number;
  contentType: string;
  text: string;
}

const CODE = /^[A-Z][A-Z0-9_]*$/;
const CHINESE = /[\u4e00-\u9fff]/;

/**
 * What is wrong with one error of an answer, or undefined: every error has a stable code (never
 * INTERNAL_SERVER_ERROR), both languages in `extensions.messages`, a Chinese one among them, and the
 * message in the caller's language.
 */
function faultOfError(error: any, locale: Locale | undefined): string | undefined {
  const code = error?.extensions?.code;
  if (typeof code !== 'string' || !CODE.test(code))
    return `an error without a stable code: ${JSON.stringify(error)}`;
  if (code === 'INTERNAL_SERVER_ERROR') return `an internal error: ${JSON.stringify(error)}`;
  const messages = error.extensions.messages;
  if (typeof messages?.zh !== 'string' || typeof messages?.en !== 'string' || !messages.zh || !messages.en)
    return `${code} without zh and en messages: ${JSON.stringify(error)}`;
  if (!CHINESE.test(messages.zh)) return `${code} whose zh message is not Chinese: ${messages.zh}`;
  const expected = locale === undefined ? [messages.zh, messages.en] : [pick(messages, locale)];
  if (!expected.includes(error.message))
    return `${code} answered "${error.message}" instead of "${expected.join('" or "')}"`;
  return undefined;
}

/** The GraphQL answers in a body: one, or one per operation of a batch. */
export function answersIn(text: string): any[] | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `a body that is not JSON: ${text.slice(0, 200)}`;
  }
  const answers = Array.isArray(body) ? body : [body];
  if (!answers.every((answer) => typeof answer === 'object' && answer !== null && !Array.isArray(answer)))
    return `a body that is not GraphQL answers: ${text.slice(0, 200)}`;
  return answers;
}

/**
 * What is wrong with an answer to a hostile request, or undefined: never a 5xx, always JSON GraphQL
 * answers (a HEAD has no body; a browser's GET may be given the landing page), and every error coded.
 */
export function faultOfAnswer(method: string, answer: HttpAnswer, locale: Locale): string | undefined {
  if (answer.status >= 500) return `status ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (method === 'HEAD') return undefined;
  if (method === 'GET' && answer.status === 200 && answer.contentType.startsWith('text/html'))
    return undefined;
  if (!/json/.test(answer.contentType))
    return `content type ${answer.contentType}: ${answer.text.slice(0, 200)}`;
  const answers = answersIn(answer.text);
  if (typeof answers === 'string') return answers;
  // Headers too large to read: no Accept-Language to choose by
  const language = answer.status === 431 ? undefined : locale;
  for (const one of answers) {
    if (one.errors !== undefined && !Array.isArray(one.errors))
      return `errors that are not a list: ${answer.text}`;
    if (answer.status >= 400 && !one.errors?.length) return `status ${answer.status} without an error`;
    for (const error of one.errors ?? []) {
      const fault = faultOfError(error, language);
      if (fault) return fault;
    }
  }
  return undefined;
}

/** Whether some answer carries data: only then may a mutation have gone through and written. */
export function someAnswerHasData(answer: HttpAnswer): boolean {
  const answers = answersIn(answer.text);
  if (typeof answers === 'string') return false;
  return answers.some(
    (one) =>
      one.data && typeof one.data === 'object' && Object.values(one.data).some((value) => value !== null),
  );
}
