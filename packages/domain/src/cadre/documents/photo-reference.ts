import { z } from 'zod';

/** A photo is kept by the SHA-256 of its bytes (content-addressed); the file's `photoUrl` names it so. */
export const photoSha256 = z.string().refine((hash) => /^[0-9a-f]{64}$/.test(hash), 'PHOTO_HASH_FORMAT');

const PHOTO_PATH = /^\/photos\/([0-9a-f]{64})$/;

/** The address of a stored photo, as `photoUrl` keeps it. */
export const photoPathOf = (sha256: string): string => `/photos/${sha256}`;

/** The hash of the stored photo a `photoUrl` names, or undefined for an outside address (or none). */
export function photoHashOf(photoUrl: string | undefined): string | undefined {
  return photoUrl ? PHOTO_PATH.exec(photoUrl)?.[1] : undefined;
}
