import { type DocumentStamp, decodeDocumentRequest } from '../document-kind.js';
import { readProvenanceStamp } from '../provenance.js';
import { readZipEntry } from './zip-entries.js';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_all, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return XML_ENTITIES[entity.toLowerCase()]!;
  });

const element = (xml: string, tag: string) => {
  const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return match ? unescapeXml(match[1]!) : null;
};

/** The stamp an .xlsx written by `writeWorkbook` carries in its properties; null for any other file. */
export function readExcelStamp(bytes: Uint8Array): DocumentStamp | null {
  const core = readZipEntry(bytes, 'docProps/core.xml');
  if (!core) return null;
  const keywords = element(core, 'cp:keywords');
  const description = element(core, 'dc:description');
  const provenance = keywords ? readProvenanceStamp(keywords) : null;
  const request = description ? decodeDocumentRequest(description) : null;
  return provenance && request ? { provenance, request } : null;
}
