import { chinaDate, DomainError, isRealDate, ruleMessage } from '@cadre/domain';
import { currentTerm, daysLeftOf, listGeneralElections, villageElection } from '@cadre/projections';
import { type GatewayContext, inLocale } from '../context.js';

type Rec = Record<string, unknown>;

const statusOf = (closedOn: string | null) => (closedOn === null ? 'OPEN' : 'CLOSED');

/** The day a term's days left count from: the asked one (a real date) or today in China. */
function countingFrom(asOf: string | null | undefined, context: GatewayContext): string {
  if (asOf == null) return chinaDate(context.system.now());
  if (!isRealDate(asOf))
    throw new DomainError('BAD_USER_INPUT', 'INVALID_DATE', ruleMessage('INVALID_DATE', 'asOf'), 'asOf');
  return asOf;
}

/** 任期 and 换届: a village's current term and election, and the township's elections for the board. */
export const electionQueries = {
  Query: {
    generalElections: (_: unknown, args: { townshipId?: string | null }, { system }: GatewayContext) =>
      listGeneralElections(system.readModels, args.townshipId ?? undefined).map((e) => ({
        ...e,
        id: e.electionId,
        status: statusOf(e.closedOn),
      })),
  },
  Village: {
    term: (village: Rec, args: { asOf?: string | null }, context: GatewayContext) =>
      inLocale(context, () => {
        const term = currentTerm(context.system.readModels, village.id as string);
        return term && { ...term, daysLeft: daysLeftOf(term.plannedEndOn, countingFrom(args.asOf, context)) };
      }),
    election: (village: Rec, _: unknown, { system }: GatewayContext) => {
      const election = villageElection(system.readModels, village.id as string);
      return election && { ...election, status: statusOf(election.closedOn) };
    },
  },
};
