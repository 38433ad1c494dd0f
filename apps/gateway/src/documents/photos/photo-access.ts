import { DomainError, photoHashOf } from '@cadre/domain';
import { findCadre } from '@cadre/projections';
import { clearanceFor } from '../../access/masking.js';
import { decideAccess } from '../../access/policy.js';
import type { Principal } from '../../access/roles.js';
import type { System } from '../../system.js';

const CADRE_NOT_FOUND = { zh: '找不到该干部', en: 'No such cadre' };
const PHOTO_NOT_FOUND = { zh: '找不到该照片', en: 'No such photo' };

/** The village of a registered cadre (null before their first post or reserve place); CADRE_NOT_FOUND else. */
export function villageOfCadre(system: System, cadreId: string | undefined): string | null {
  const dossier = cadreId ? findCadre(system.readModels, cadreId) : undefined;
  if (!dossier) throw new DomainError('NOT_FOUND', 'CADRE_NOT_FOUND', CADRE_NOT_FOUND, 'cadreId');
  return dossier.villageId ?? null;
}

export const photoNotFound = (field = 'photoSha256') =>
  new DomainError('NOT_FOUND', 'PHOTO_NOT_FOUND', PHOTO_NOT_FOUND, field);

/** Every photo the cadre's file has named, earlier ones included (a past form shows the photo of then). */
async function photosOnFile(system: System, cadreId: string): Promise<Set<string>> {
  const hashes = new Set<string>();
  for (const event of await system.store.readStream(`cadre-${cadreId}`)) {
    const data = event.data as { profile?: { photoUrl?: string }; changes?: { photoUrl?: string } };
    const hash = photoHashOf(data.profile?.photoUrl ?? data.changes?.photoUrl);
    if (hash) hashes.add(hash);
  }
  return hashes;
}

/**
 * A photo is shown to whoever may see the cadre's file with its identifiers in clear (a face identifies a
 * person as an ID number does), and only a photo that file has named.
 */
export async function mayViewPhoto(
  system: System,
  principal: Principal | null,
  cadreId: string,
  sha256: string,
): Promise<'allowed' | 'unauthenticated' | 'forbidden' | 'not-found'> {
  const villageId = villageOfCadre(system, cadreId);
  const decision = decideAccess(principal, 'cadre', villageId);
  if (decision === 'unauthenticated') return decision;
  if (decision !== 'allowed' || !clearanceFor(principal, villageId).identifiers) return 'forbidden';
  return (await photosOnFile(system, cadreId)).has(sha256) ? 'allowed' : 'not-found';
}
