import { DomainError } from '@cadre/domain';
import type { PersonalSubject } from '../../access/personal-data-in-ledger.js';
import type { System } from '../../system.js';
import {
  type DocumentKind,
  type DocumentStamp,
  decodeDocumentRequest,
  type RenderedDocument,
  registerDocumentKind,
} from '../document-kind.js';
import { audienceOf } from '../document-read-models.js';
import { readZipEntry } from '../excel/zip-entries.js';
import { readProvenanceStamp } from '../provenance.js';
import { appointmentFormAsOf, type MaskedForm } from './form-as-of.js';
import { unescapeXml } from './lrmx-xml.js';
import { readLrmxStamp } from './read-lrmx.js';
import { DOCX_CONTENT_TYPE, writeDocx } from './write-docx.js';
import { LRMX_CONTENT_TYPE, writeLrmx } from './write-lrmx.js';

export interface RenderedForm extends RenderedDocument {
  /** What the file shows in clear of the person's data: logged as read when it is handed out. */
  disclosed: PersonalSubject[];
}

export interface AppointmentFormKind extends DocumentKind {
  render(system: System, stamp: DocumentStamp): Promise<RenderedForm>;
}

const NOT_REGISTERED = { zh: '该干部在此日期尚未登记', en: 'The cadre was not registered by this date' };

/** The form as the stamp's audience may see it, read from the ledger at the stamp's position. */
export async function formOfStamp(
  system: System,
  { request, provenance }: DocumentStamp,
): Promise<MaskedForm> {
  const cadreId = String(request.params.cadreId ?? '');
  const masked = await appointmentFormAsOf(
    system,
    {
      cadreId,
      asOf: request.asOf,
      ...(request.basis ? { basis: request.basis } : {}),
      upToPosition: provenance.position,
    },
    audienceOf(request),
  );
  if (!masked) throw new DomainError('NOT_FOUND', 'CADRE_NOT_FOUND', NOT_REGISTERED, 'cadreId');
  return masked;
}

const photoOf = (system: System, masked: MaskedForm) =>
  masked.form.photoSha256 ? system.photos.get(masked.form.photoSha256) : undefined;

const fileStem = (masked: MaskedForm) => `干部任免审批表-${masked.form.name}-${masked.form.asOf}`;

export const DOCX_KIND = 'appointment-form.docx';
export const LRMX_KIND = 'appointment-form.lrmx';

function readDocxStamp(bytes: Uint8Array): DocumentStamp | null {
  const core = readZipEntry(bytes, 'docProps/core.xml');
  if (!core) return null;
  const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(core)?.[1];
  const description = /<dc:description>([^<]*)<\/dc:description>/.exec(core)?.[1];
  const provenance = keywords ? readProvenanceStamp(unescapeXml(keywords)) : null;
  const request = description ? decodeDocumentRequest(unescapeXml(description)) : null;
  return provenance && request?.kind === DOCX_KIND ? { provenance, request } : null;
}

export const APPOINTMENT_FORM_KINDS = {
  DOCX: {
    kind: DOCX_KIND,
    async render(system, stamp) {
      const masked = await formOfStamp(system, stamp);
      const photo = photoOf(system, masked);
      const type = photo?.contentType === 'image/png' ? 'png' : 'jpg';
      return {
        fileName: `${fileStem(masked)}.docx`,
        contentType: DOCX_CONTENT_TYPE,
        bytes: await writeDocx(masked.form, photo ? { bytes: photo.bytes, type } : undefined, stamp),
        disclosed: masked.disclosed,
      };
    },
    readStamp: readDocxStamp,
  },
  LRMX: {
    kind: LRMX_KIND,
    async render(system, stamp) {
      const masked = await formOfStamp(system, stamp);
      return {
        fileName: `${fileStem(masked)}.lrmx`,
        contentType: LRMX_CONTENT_TYPE,
        bytes: writeLrmx(masked.form, photoOf(system, masked)?.bytes, stamp),
        disclosed: masked.disclosed,
      };
    },
    readStamp(bytes) {
      const stamp = readLrmxStamp(bytes);
      return stamp?.request.kind === LRMX_KIND ? stamp : null;
    },
  },
} as const satisfies Record<string, AppointmentFormKind>;

export type AppointmentFormFormat = keyof typeof APPOINTMENT_FORM_KINDS;

for (const kind of Object.values(APPOINTMENT_FORM_KINDS)) registerDocumentKind(kind);
