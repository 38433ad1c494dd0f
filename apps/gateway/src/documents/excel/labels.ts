import { CODE_LABELS_ZH } from '@cadre/domain';

/** The zh-CN words a sheet shows for the ledger's codes (the admin client's labels too). */
export const LABELS = CODE_LABELS_ZH;

export type LabelSet = keyof typeof LABELS;

/** The label of a code, the code itself when the table has none, empty for no value. */
export function labelOf(set: LabelSet, code: string | null | undefined): string {
  if (code == null) return '';
  return (LABELS[set] as Record<string, string>)[code] ?? code;
}

/** The code a label stands for (an imported sheet's cell), or undefined. Codes themselves are taken too. */
export function codeOf(set: LabelSet, text: string): string | undefined {
  const entries = Object.entries(LABELS[set]) as Array<[string, string]>;
  return entries.find(([code, label]) => label === text || code === text)?.[0];
}

/** 截至2026年12月01日 */
export function asOfTitle(day: string): string {
  const [year, month, date] = day.split('-');
  return `截至${year}年${month}月${date}日`;
}
