import { describe, expect, it } from 'vitest';
import { formatShare } from '../../src/utils/format.js';

describe('formatShare', () => {
  it('rounds a share to the precision the report gives the figure', () => {
    expect(formatShare(0.1081)).toBe('10.8%');
    expect(formatShare(0.8919)).toBe('89.2%');
    expect(formatShare(0.4545, 0)).toBe('45%');
    expect(formatShare(1, 0)).toBe('100%');
    expect(formatShare(0)).toBe('0.0%');
  });
});
