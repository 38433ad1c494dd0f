/** A message in both of the product's languages; zh-CN is the default. */
export interface Localized {
  zh: string;
  en: string;
}

export type Locale = 'zh-CN' | 'en';

export function pick(message: Localized, locale: Locale): string {
  return locale === 'en' ? message.en : message.zh;
}
