import type { CadreState, Pledge } from '../cadre-state.js';

export const pledgeOf = (cadre: CadreState, year: number): Pledge | undefined =>
  cadre.pledges.find((p) => p.year === year);
