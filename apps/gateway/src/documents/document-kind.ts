import type { TimeBasis } from '@cadre/projections';
import type { Role } from '../access/roles.js';
import type { System } from '../system.js';
import type { Provenance } from './provenance.js';

/**
 * What a document was asked for. A document carries its request (canonical JSON, see
 * `encodeDocumentRequest`) beside its provenance, so that it can be rebuilt at the same position and
 * compared byte for byte (`verifyDocument`).
 */
export interface DocumentRequest {
  /** One of the registered kinds, e.g. `roster.xlsx`, `appointment-form.docx`. */
  kind: string;
  /** The date the document stands at (yyyy-mm-dd): "截至yyyy年mm月dd日". */
  asOf: string;
  basis?: TimeBasis;
  /** The kind's own parameters (filters, the cadre's id, …): plain JSON. */
  params: Record<string, unknown>;
  /**
   * Whose view of personal data the document shows (the role's masking applies). Verifying a document whose
   * audience sees more than the verifier may is refused: a match would tell the verifier hidden values.
   */
  audience: Role;
}

export interface DocumentStamp {
  request: DocumentRequest;
  provenance: Provenance;
}

export interface RenderedDocument {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface DocumentKind {
  kind: string;
  /**
   * Builds the document from the ledger as it was at `stamp.provenance.position`, as of `request.asOf`
   * (time travel with `upToPosition`). The same stamp must always give the same bytes: no clock, no random
   * ids, fixed timestamps inside zip containers.
   */
  render(system: System, stamp: DocumentStamp): Promise<RenderedDocument>;
  /** The stamp a file of this kind carries, or null when the bytes are not such a file. */
  readStamp(bytes: Uint8Array): DocumentStamp | null;
}

const kinds = new Map<string, DocumentKind>();

export function registerDocumentKind(kind: DocumentKind): void {
  kinds.set(kind.kind, kind);
}

export function documentKind(name: string): DocumentKind | undefined {
  return kinds.get(name);
}

/** The kind whose stamp the bytes carry, with that stamp; null when no kind recognises the file. */
export function stampOf(bytes: Uint8Array): { kind: DocumentKind; stamp: DocumentStamp } | null {
  for (const kind of kinds.values()) {
    const stamp = kind.readStamp(bytes);
    if (stamp) return { kind, stamp };
  }
  return null;
}

/** JSON with sorted keys: the same request always writes the same text into a document. */
export function encodeDocumentRequest(request: DocumentRequest): string {
  return JSON.stringify(request, (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

export function decodeDocumentRequest(text: string): DocumentRequest | null {
  try {
    const value = JSON.parse(text) as DocumentRequest;
    return typeof value?.kind === 'string' && typeof value.asOf === 'string' ? value : null;
  } catch {
    return null;
  }
}
