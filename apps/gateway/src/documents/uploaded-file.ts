import { DomainError } from '@cadre/domain';

/** What an uploaded document may weigh: a request body is 1 MB of JSON at most, base64 adds a third. */
export const MAX_UPLOAD_BYTES = 700 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a file sent as base64; FILE_NOT_BASE64, FILE_EMPTY or FILE_TOO_LARGE otherwise. */
export function uploadedBytes(base64: string, field = 'file'): Uint8Array {
  const text = base64.replace(/\s+/g, '');
  if (!BASE64.test(text) || text.length % 4 !== 0)
    throw new DomainError(
      'BAD_USER_INPUT',
      'FILE_NOT_BASE64',
      { zh: '文件内容应为 base64 编码', en: 'The file must be sent base64-encoded' },
      field,
    );
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0)
    throw new DomainError('BAD_USER_INPUT', 'FILE_EMPTY', { zh: '文件为空', en: 'The file is empty' }, field);
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new DomainError(
      'BAD_USER_INPUT',
      'FILE_TOO_LARGE',
      {
        zh: `文件不能超过 ${MAX_UPLOAD_BYTES / 1024} KB`,
        en: `The file may not exceed ${MAX_UPLOAD_BYTES / 1024} KB`,
      },
      field,
    );
  return new Uint8Array(bytes);
}
