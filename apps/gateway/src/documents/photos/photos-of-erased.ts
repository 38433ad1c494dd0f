import { sql } from '@cadre/projections';
import type { System } from '../../system.js';

const PHOTO_URL = /\/photos\/([0-9a-f]{64})/g;

/**
 * The photos a cadre's file has ever named. Read before an erasure: afterwards the sealed `photoUrl`s can
 * no longer be opened.
 */
export async function photosNamedByCadre(system: System, cadreId: string): Promise<string[]> {
  const events = await system.store.readStream(`cadre-${cadreId}`);
  const hashes = events.flatMap((event) =>
    [...JSON.stringify(event.data).matchAll(PHOTO_URL)].map((m) => m[1]!),
  );
  return [...new Set(hashes)];
}

/**
 * An erased person's photos leave the disk too: the events keep only a sealed hash, but a photo file is the
 * person's face in clear. A photo another cadre's file also shows stays.
 */
export function forgetPhotos(system: System, cadreId: string, hashes: readonly string[]): void {
  for (const hash of hashes) {
    const shared = sql(
      system.readModels,
      `SELECT 1 FROM cadres WHERE cadre_id != ? AND profile LIKE ? LIMIT 1`,
    ).get(cadreId, `%${hash}%`);
    if (!shared) system.photos.remove(hash);
  }
}
