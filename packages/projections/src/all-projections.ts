import { cadreRosterProjection } from './cadre-roster/cadre-roster-projection.js';
import type { Projection } from './projection.js';

/** Every read model the gateway serves. */
export const ALL_PROJECTIONS: readonly Projection[] = [cadreRosterProjection];
