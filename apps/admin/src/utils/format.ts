/**
 * A share (0.108) as a percentage ("10.8%"), rounded to `digits` decimals. Reports round each figure to
 * its own precision (10.8% but 45%), so the caller chooses.
 */
export function formatShare(share: number, digits = 1): string {
  const scale = 10 ** digits;
  return `${(Math.round(share * 100 * scale) / scale).toFixed(digits)}%`;
}

/** An amount of yuan with thousands separators, e.g. 2,400. */
export function formatAmount(amount: number): string {
  return amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
