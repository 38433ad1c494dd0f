import { findCadre, findVillage, type ReadModelDatabase } from '@cadre/projections';
import type { AccountsDatabase } from './accounts-database.js';
import { listApiKeys } from './api-keys.js';
import { findUserById } from './users.js';

/** Who an actor (`user:<id>`, `api-key:<id>`, `system:…`) is, as people name them; null when unknown. */
export function actorName(db: AccountsDatabase, actor: string): string | null {
  const [kind, id] = [actor.slice(0, actor.indexOf(':')), actor.slice(actor.indexOf(':') + 1)];
  if (kind === 'user') {
    const user = findUserById(db, id);
    return user ? user.displayName || user.username : null;
  }
  if (kind === 'api-key') return listApiKeys(db).find((key) => key.id === id)?.name ?? null;
  return null;
}

/** What a stream is about, named: the cadre's or the village's name; null for other streams. */
export function streamSubjectName(db: ReadModelDatabase, streamId: string): string | null {
  if (streamId.startsWith('cadre-')) return cadreName(db, streamId.slice('cadre-'.length));
  if (streamId.startsWith('village-'))
    return (findVillage(db, streamId.slice('village-'.length))?.name as string | undefined) ?? null;
  return null;
}

/** A cadre's name as the read models hold it (blank once erased); null for an unknown id. */
export function cadreName(db: ReadModelDatabase, cadreId: string): string | null {
  return findCadre(db, cadreId)?.profile.name ?? null;
}
