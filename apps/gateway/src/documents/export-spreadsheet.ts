import { logDisclosed } from '../access/personal-data-disclosed.js';
import { type GatewayContext, inLocale } from '../graphql/context.js';
import { throughTimeTravelGate } from '../graphql/queries/time-travel-gate.js';
import { SPREADSHEETS } from './excel/excel-kinds.js';
import { provenanceOf } from './provenance.js';
import { type SpreadsheetArgs, spreadsheetRequest } from './spreadsheet-request.js';

/** A document as GraphQL hands it out: the file in base64, and where in the ledger it was made. */
export interface DocumentFile {
  fileName: string;
  contentType: string;
  base64: string;
  position: string;
  chainHead: string;
  masked: boolean;
}

/**
 * A spreadsheet of the ledger at its head, as of today or a past day, masked for the caller; the
 * identifiers it shows in clear are logged as read (PIPL Art. 51) before it leaves.
 */
export function exportSpreadsheet(context: GatewayContext, args: SpreadsheetArgs): Promise<DocumentFile> {
  return inLocale(context, async () => {
    const request = spreadsheetRequest(context, args);
    const provenance = await provenanceOf(context.system);
    const rendered = await throughTimeTravelGate(context, () =>
      SPREADSHEETS[args.kind].render(context.system, { request, provenance }),
    );
    await logDisclosed(context, 'spreadsheet', rendered.disclosed);
    return {
      fileName: rendered.fileName,
      contentType: rendered.contentType,
      base64: Buffer.from(rendered.bytes).toString('base64'),
      position: provenance.position.toString(),
      chainHead: provenance.chainHead,
      masked: request.params.masked === true,
    };
  });
}
