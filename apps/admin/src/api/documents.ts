import type { SpreadsheetFilters, SpreadsheetKind } from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { graphqlRequest } from './graphql-client.js';

const SPREADSHEET = graphql(`
  query Spreadsheet($kind: SpreadsheetKind!, $asOf: String, $filters: SpreadsheetFilters) {
    spreadsheet(kind: $kind, asOf: $asOf, filters: $filters) { fileName contentType base64 position chainHead masked }
  }
`);

const TEMPLATE = graphql(`
  query RosterImportTemplate {
    rosterImportTemplate { fileName contentType base64 }
  }
`);

/** What an import's answers carry: asked for by name in every import operation. */
export const ROSTER_IMPORT_FIELDS = graphql(`
  fragment RosterImportFields on RosterImport {
    id status rows validRows done alreadyWritten progress
    problems { row column field rule messageZh messageEn }
  }
`);

const CHECK = graphql(`
  query CheckRosterImport($file: String!) {
    checkRosterImport(file: $file) { ...RosterImportFields }
  }
`);

const IMPORT = graphql(`
  mutation ImportRoster($file: String!, $onlyValidRows: Boolean) {
    importRoster(file: $file, onlyValidRows: $onlyValidRows) { ...RosterImportFields }
  }
`);

const PROGRESS = graphql(`
  query RosterImportProgress($id: ID!) {
    rosterImport(id: $id) { ...RosterImportFields }
  }
`);

export type { SpreadsheetFilters, SpreadsheetKind };

/** Hands a file the gateway sent (base64) to the browser as a download. */
export function saveFile(file: { fileName: string; contentType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A spreadsheet as of a day (today when none), masked for the signed-in role. */
export async function fetchSpreadsheet(kind: SpreadsheetKind, asOf?: string, filters?: SpreadsheetFilters) {
  return (await graphqlRequest(SPREADSHEET, { kind, asOf: asOf || null, filters: filters ?? null }))
    .spreadsheet;
}

export async function fetchRosterImportTemplate() {
  return (await graphqlRequest(TEMPLATE)).rosterImportTemplate;
}

export async function checkRosterImport(file: string) {
  return (await graphqlRequest(CHECK, { file })).checkRosterImport;
}

export async function importRoster(file: string, onlyValidRows: boolean) {
  return (await graphqlRequest(IMPORT, { file, onlyValidRows })).importRoster;
}

export async function rosterImportProgress(id: string) {
  return (await graphqlRequest(PROGRESS, { id })).rosterImport;
}

/** A File's bytes as base64, for an upload in a GraphQL variable. */
export async function fileAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
