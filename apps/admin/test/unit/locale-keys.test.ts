import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.js';
import zhCN from '../../src/i18n/zh-CN.js';

/** Every message key, as a dotted path. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** The `{name}` placeholders a message uses. */
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function messageAt(messages: object, path: string): string {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages) as string;
}

describe('locale files', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort());
  });

  it('each English message takes the same placeholders as its Chinese one', () => {
    for (const key of keysOf(zhCN)) {
      expect(placeholders(messageAt(en, key)), key).toEqual(placeholders(messageAt(zhCN, key)));
    }
  });

  it('no Chinese message is left empty', () => {
    expect(keysOf(zhCN).filter((key) => messageAt(zhCN, key).trim() === '')).toEqual([]);
  });
});
