import { type GatewayContext, inLocale } from '../graphql/context.js';
import { type DocumentFile, exportSpreadsheet } from './export-spreadsheet.js';
import { checkRosterImport, importRoster, rosterImportById } from './roster-import/roster-imports.js';
import { rosterImportTemplate } from './roster-import/roster-template.js';
import type { SpreadsheetArgs } from './spreadsheet-request.js';
import { verifyDocument } from './verify-document.js';

const unstamped = (file: { fileName: string; contentType: string; bytes: Uint8Array }): DocumentFile => ({
  fileName: file.fileName,
  contentType: file.contentType,
  base64: Buffer.from(file.bytes).toString('base64'),
  position: '',
  chainHead: '',
  masked: false,
});

/** Excel in and out: exports, their verification, and the roster import. */
export const documentResolvers = {
  Query: {
    spreadsheet: (_: unknown, args: SpreadsheetArgs, context: GatewayContext) =>
      exportSpreadsheet(context, args),
    verifyDocument: (_: unknown, args: { file: string }, context: GatewayContext) =>
      verifyDocument(context, args.file),
    rosterImportTemplate: async (_: unknown, __: unknown, context: GatewayContext) =>
      unstamped(await rosterImportTemplate(context.system.readModels)),
    checkRosterImport: (_: unknown, args: { file: string }, context: GatewayContext) =>
      inLocale(context, () => checkRosterImport(context.system, args.file, context.actor)),
    rosterImport: (_: unknown, args: { id: string }, context: GatewayContext) =>
      rosterImportById(context.system, args.id),
  },
  Mutation: {
    importRoster: (
      _: unknown,
      args: { file: string; onlyValidRows?: boolean | null },
      context: GatewayContext,
    ) =>
      inLocale(context, () =>
        importRoster(context.system, args.file, {
          actor: context.actor,
          onlyValidRows: args.onlyValidRows ?? false,
        }),
      ),
  },
};
