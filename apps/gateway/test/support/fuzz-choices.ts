import fc from 'fast-check';

/** What `fc.gen()` hands a property: draws values of any arbitrary, each shrinking on its own. */
export type Gen = fc.GeneratorValue;

/**
 * A uniform draw below `bound`. fast-check biases integers toward small values and their edges, which would
 * make every first choice and every `chance` far likelier than written.
 */
const uniform = (g: Gen, bound: number) => g(() => fc.noBias(fc.nat({ max: bound - 1 })));

/** One of the items, each as likely. */
export const pick = <T>(g: Gen, items: readonly T[]): T => items[uniform(g, items.length)]!;

/** True `percent` times in a hundred. */
export const chance = (g: Gen, percent: number) => uniform(g, 100) < percent;

/** A whole number from 0 to `max`, each as likely. */
export const upTo = (g: Gen, max: number) => uniform(g, max + 1);
