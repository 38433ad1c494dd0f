import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedPhoto, type PhotoType, photoTypeOf } from './photo-bytes.js';

export interface StoredPhoto {
  sha256: string;
  contentType: PhotoType;
  bytes: Buffer;
}

/**
 * Photos kept by the SHA-256 of their bytes: the same photo is stored once, and an event naming the hash
 * names exactly these bytes. On disk a `photos/` folder beside the store (0700, each file 0600, like the
 * data folder's other private files); in memory for a throw-away system.
 */
export interface PhotoStore {
  /** Checks the bytes (PHOTO_TYPE, PHOTO_TOO_LARGE) and keeps them; nothing is kept when refused. */
  put(bytes: Uint8Array): StoredPhoto;
  get(sha256: string): StoredPhoto | undefined;
  /** Removes a photo from the disk (its person's data was erased); nothing when there is none. */
  remove(sha256: string): void;
}

const HASH = /^[0-9a-f]{64}$/;
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function stored(sha256: string, bytes: Buffer | undefined): StoredPhoto | undefined {
  const contentType = bytes && photoTypeOf(bytes);
  return bytes && contentType ? { sha256, contentType, bytes } : undefined;
}

export function openPhotoStore(dataDir: string): PhotoStore {
  if (dataDir === ':memory:') {
    const photos = new Map<string, Buffer>();
    return {
      put(bytes) {
        const contentType = checkedPhoto(bytes);
        const sha256 = sha256Of(bytes);
        photos.set(sha256, Buffer.from(bytes));
        return { sha256, contentType, bytes: photos.get(sha256)! };
      },
      get: (sha256) => stored(sha256, photos.get(sha256)),
      remove: (sha256) => void photos.delete(sha256),
    };
  }
  const folder = join(dataDir, 'photos');
  return {
    put(bytes) {
      const contentType = checkedPhoto(bytes);
      const sha256 = sha256Of(bytes);
      // made with the first photo: a ledger without photos has no folder of them
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      chmodSync(folder, 0o700);
      const path = join(folder, sha256);
      if (!existsSync(path)) {
        // written whole under another name first: a crash leaves no half photo under its hash
        const partial = `${path}.partial`;
        writeFileSync(partial, bytes, { mode: 0o600 });
        chmodSync(partial, 0o600);
        renameSync(partial, path);
      }
      return { sha256, contentType, bytes: Buffer.from(bytes) };
    },
    get(sha256) {
      if (!HASH.test(sha256)) return undefined;
      const path = join(folder, sha256);
      return existsSync(path) ? stored(sha256, readFileSync(path)) : undefined;
    },
    remove(sha256) {
      if (HASH.test(sha256)) rmSync(join(folder, sha256), { force: true });
    },
  };
}
