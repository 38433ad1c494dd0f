import { chinaDate } from './shared/dates.js';
import type { Upcaster } from './upcasting.js';

/**
 * Version 1 of the events that gained a business date kept it only in the metadata's `occurredAt`
 * (then the time of entry, or the date a scenario gave): version 2 carries it in the data under `field`.
 */
export const businessDateFromOccurredAt =
  (field: string): Upcaster =>
  (data, occurredAt) => ({ ...data, [field]: chinaDate(new Date(occurredAt)) });
