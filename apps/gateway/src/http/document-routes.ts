import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, type Localized } from '@cadre/domain';
import { GraphQLError } from 'graphql';
import {
  authenticateRequests,
  principalOf,
  refuseRejectedCredentials,
} from '../access/authentication-middleware.js';
import { accessDenied, decideRoleAccess } from '../access/policy.js';
import { actorOf } from '../access/roles.js';
import { SPREADSHEETS, type SpreadsheetKind } from '../documents/excel/excel-kinds.js';
import { exportSpreadsheet } from '../documents/export-spreadsheet.js';
import type { SpreadsheetArgs, SpreadsheetFilters } from '../documents/spreadsheet-request.js';
import { fromDomainError } from '../graphql/errors.js';
import { localeFrom } from '../graphql/locale.js';
import type { System } from '../system.js';
import { clientAddress, type HttpHandler } from './http-handler.js';
import { inSequence } from './in-sequence.js';

const SPREADSHEET_PATH = /^\/documents\/spreadsheet\/([A-Z_]+)(?:\.xlsx)?\/?(?:\?.*)?$/;

export const isDocumentPath = (url = '') => url === '/documents' || url.startsWith('/documents/');

/** The query parameters a spreadsheet takes, with the values each may have (null: any text). */
const ENUMS: Record<string, readonly string[] | null> = {
  asOf: null,
  basis: ['OCCURRED', 'RECORDED'],
  villageId: null,
  townshipId: null,
  role: ['COMMITTEE_MEMBER', 'PARTY_SECRETARY', 'RESERVE'],
  search: null,
  sort: ['REGISTERED', 'NAME', 'BIRTH_DATE'],
  descending: ['true', 'false'],
  year: null,
  kind: ['INTERNAL', 'EXTERNAL'],
  held: ['true', 'false'],
  status: ['MADE', 'PROGRESS_REPORTED', 'EVALUATED'],
  level: ['TOWNSHIP', 'DISTRICT', 'CITY', 'PROVINCE', 'NATIONAL'],
};

const badParameter = (name: string, messages: Localized) =>
  new DomainError('BAD_USER_INPUT', 'INVALID_PARAMETER', messages, name);

/** The GraphQL arguments a GET's query string stands for; an unknown name or value is refused. */
function argumentsOf(kind: string, search: URLSearchParams): SpreadsheetArgs {
  if (!Object.hasOwn(SPREADSHEETS, kind))
    throw badParameter('kind', {
      zh: `没有这种表格：${kind}（可选 ${Object.keys(SPREADSHEETS).join('、')}）`,
      en: `No such spreadsheet: ${kind} (one of ${Object.keys(SPREADSHEETS).join(', ')})`,
    });
  const filters: SpreadsheetFilters = {};
  const args: SpreadsheetArgs = { kind: kind as SpreadsheetKind, filters };
  for (const [name, value] of search) {
    const allowed = ENUMS[name];
    if (allowed === undefined)
      throw badParameter(name, { zh: `不认识的参数 ${name}`, en: `Unknown parameter ${name}` });
    if (allowed && !allowed.includes(value))
      throw badParameter(name, {
        zh: `参数 ${name} 应为 ${allowed.join('、')} 之一`,
        en: `Parameter ${name} must be one of ${allowed.join(', ')}`,
      });
    if (name === 'asOf') args.asOf = value;
    else if (name === 'basis') args.basis = value as 'OCCURRED' | 'RECORDED';
    else if (name === 'year') {
      if (!/^\d{4}$/.test(value))
        throw badParameter(name, { zh: '年份应为四位数字', en: 'A year has four digits' });
      filters.year = Number(value);
    } else if (name === 'descending' || name === 'held') filters[name] = value === 'true';
    else (filters as Record<string, string>)[name] = value;
  }
  return args;
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

function answerError(res: ServerResponse, error: GraphQLError) {
  const code = String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR');
  res.statusCode = STATUS[code] ?? 500;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }));
}

/**
 * GET /documents/spreadsheet/<KIND>?asOf=…&<filters>: the same spreadsheet as the `spreadsheet` query, as a
 * file download, for a session or an API key (authenticated as /graphql is). The answer's headers carry
 * the position and chain head it was made at.
 */
async function spreadsheet(system: System, req: IncomingMessage, res: ServerResponse) {
  const locale = localeFrom(req.headers['accept-language']);
  const url = new URL(req.url ?? '/', 'http://gateway');
  const match = SPREADSHEET_PATH.exec(req.url ?? '');
  if (req.method !== 'GET' || !match) {
    answerError(
      res,
      fromDomainError(
        new DomainError('NOT_FOUND', 'NO_SUCH_DOCUMENT', { zh: '没有这个地址', en: 'No such address' }),
        locale,
      ),
    );
    return;
  }
  const principal = principalOf(res);
  const decision = decideRoleAccess(principal, 'spreadsheet');
  if (decision !== 'allowed') {
    answerError(res, accessDenied(decision, 'spreadsheet', principal, locale));
    return;
  }
  try {
    const args = argumentsOf(match[1]!, url.searchParams);
    const file = await exportSpreadsheet(
      {
        system,
        locale,
        principal,
        actor: principal ? actorOf(principal) : 'anonymous',
        address: clientAddress(req),
      },
      args,
    );
    res.statusCode = 200;
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-ledger-position', file.position);
    res.setHeader('x-ledger-chain-head', file.chainHead);
    res.end(Buffer.from(file.base64, 'base64'));
  } catch (error) {
    if (error instanceof DomainError) answerError(res, fromDomainError(error, locale));
    else if (error instanceof GraphQLError) answerError(res, error);
    else throw error;
  }
}

/** The document endpoints, authenticated as /graphql is (a session or an API key). */
export function documentRoutes(system: System): HttpHandler {
  return inSequence([
    authenticateRequests(system.accounts),
    refuseRejectedCredentials(),
    (req, res) => spreadsheet(system, req, res),
  ]);
}
