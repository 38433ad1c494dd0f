const LEDGER_EVENT =
  'position id streamId revision type actor occurredAt recordedAt reason data hash previousHash schemaVersion';

export interface PageRows {
  field: string;
  /** Arguments besides `first`, each followed by a comma. */
  args?: string;
  node: string;
}

/** What a client reasonably reads of each list's rows: every scalar, and the small lists a row carries. */
export const PAGE_ROWS: Record<string, PageRows> = {
  roster: {
    field: 'cadres',
    node: `id name gender ethnicity birthDate age idNumber phone politicalStatus educationLevel villageId
      registeredAt village { id name } posts { villageId committee position method appointedOn }
      reserve { villageId source tier enlistedOn }`,
  },
  villages: {
    field: 'villages',
    node: `id townshipId name kind seats { committee position cadreId cadreName appointedOn }
      reserveCadres { id name } openWarnings { issueId description raisedOn }`,
  },
  trainings: {
    field: 'trainings',
    node: 'id townshipId topic kind date place heldOn attendeeIds attendeeCount',
  },
  pledges: {
    field: 'pledges',
    node: 'cadreId year items itemCount madeOn progress progressOn residentsRating organizationRating evaluatedOn',
  },
  honors: { field: 'honors', node: 'cadreId title level awardingBody awardedOn' },
  serviceRequests: {
    field: 'serviceRequests',
    node: 'id villageId description raisedOn status cadreId dispatchedOn acceptedOn resolution resolvedOn rating',
  },
  earlyWarnings: {
    field: 'earlyWarnings',
    node: 'issueId source villageId cadreId description raisedOn resolvedOn correctiveAction',
  },
  eventLog: { field: 'eventLog', node: LEDGER_EVENT },
  cadreHistory: { field: 'cadreHistory', args: 'id: "no-such-cadre", ', node: LEDGER_EVENT },
};

/** A page of a list with its count and page info, `first` as given (a number or `$first`). */
export const pageQuery = ({ field, node, args = '' }: PageRows, first: string, variables = '') =>
  `query BiggestPage${variables} { ${field}(${args}first: ${first}) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${node} } } } }`;
