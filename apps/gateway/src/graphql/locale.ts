import type { Locale } from '@cadre/domain';

/** zh-CN unless the client prefers English (`Accept-Language: en…`). */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
