import type { PageRequest } from '@cadre/projections';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  /** Turns the list's natural order around. */
  reverse?: boolean | null;
}

/** GraphQL's optional page arguments as the read models take them. */
export function pageRequest(args: PageArgs): PageRequest & { reverse?: boolean } {
  return {
    ...(args.first != null ? { first: args.first } : {}),
    ...(args.after ? { after: args.after } : {}),
    ...(args.reverse ? { reverse: true } : {}),
  };
}
