import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * The text of one entry of a zip file, read synchronously (a document kind's `readStamp` is synchronous);
 * null when the bytes are not a zip or hold no such entry. Only stored and deflated entries are read, as
 * every office file is written.
 */
export function readZipEntry(bytes: Uint8Array, name: string): string | null {
  try {
    const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = zip.length - 22;
    while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
    if (end < 0) return null;
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return null;
      const method = zip.readUInt16LE(at + 10);
      const size = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      const extraLength = zip.readUInt16LE(at + 30);
      const commentLength = zip.readUInt16LE(at + 32);
      const local = zip.readUInt32LE(at + 42);
      const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
      if (entryName === name) {
        if (zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) return null;
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        if (method === 0) return data.toString('utf8');
        if (method === 8) return inflateRawSync(data).toString('utf8');
        return null;
      }
      at += 46 + nameLength + extraLength + commentLength;
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * The same zip with every entry dated `date` and no folder entries: exceljs (through JSZip) dates each
 * entry with the clock, so the same workbook written twice would differ in its bytes.
 */
export async function withPinnedDates(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const pinned = new JSZip();
  const files: JSZip.JSZipObject[] = [];
  source.forEach((_path, file) => {
    if (!file.dir) files.push(file);
  });
  for (const file of files) {
    pinned.file(file.name, await file.async('uint8array'), { date, createFolders: false });
  }
  return pinned.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
