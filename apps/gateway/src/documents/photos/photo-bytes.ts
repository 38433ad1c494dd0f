import { DomainError } from '@cadre/domain';

/** The largest photo the file keeps: a passport photo at print quality is far smaller. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export type PhotoType = 'image/jpeg' | 'image/png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the bytes are, by their magic numbers (never by a name or a declared type): JPEG, PNG or neither. */
export function photoTypeOf(bytes: Uint8Array): PhotoType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  return undefined;
}

export const PHOTO_TOO_LARGE = {
  zh: `照片不能超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB`,
  en: `A photo may not exceed ${MAX_PHOTO_BYTES / 1024 / 1024} MB`,
};

/** The photo's type; PHOTO_TOO_LARGE over 2 MB, PHOTO_TYPE unless it is a JPEG or a PNG. */
export function checkedPhoto(bytes: Uint8Array, field = 'photo'): PhotoType {
  if (bytes.length > MAX_PHOTO_BYTES)
    throw new DomainError('BAD_USER_INPUT', 'PHOTO_TOO_LARGE', PHOTO_TOO_LARGE, field);
  const type = photoTypeOf(bytes);
  if (!type)
    throw new DomainError(
      'BAD_USER_INPUT',
      'PHOTO_TYPE',
      { zh: '照片须为 JPEG 或 PNG 图片', en: 'A photo must be a JPEG or PNG image' },
      field,
    );
  return type;
}
