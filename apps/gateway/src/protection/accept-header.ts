import Negotiator from 'negotiator';

/** The answer types Apollo Server 5 can give a single operation, as it names them (MEDIA_TYPES). */
const ANSWER_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/** What Apollo weighs text/html against when a GET may be a browser asking for its landing page. */
const PAGE_OR_ANSWER_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'multipart/mixed; deferSpec=20220824',
  'multipart/mixed; incrementalSpec=v0.2',
  'multipart/mixed',
  'text/html',
];

const preferred = (accept: string, types: string[]) =>
  new Negotiator({ headers: { accept } }).mediaType(types);

/**
 * Whether a request's Accept header takes a GraphQL answer, negotiated as Apollo negotiates it (no header
 * takes anything). Apollo asks only once the operation has run, so a mutation would be written and then
 * answered 406.
 */
export function acceptsGraphQLAnswer(accept: string | undefined): boolean {
  return !accept || preferred(accept, ANSWER_TYPES) !== undefined;
}

/** Whether a GET's Accept header prefers a page to an answer (a browser opening /graphql). */
export function prefersPage(accept: string | undefined): boolean {
  return !!accept && preferred(accept, PAGE_OR_ANSWER_TYPES) === 'text/html';
}
