import { startTestGateway, type TestGateway } from './test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './zhouwang-day.js';

export interface ZhouwangBoards {
  t: TestGateway;
  townshipId: string;
  /** The first two villages, in the villages' order. */
  villageA: string;
  villageB: string;
}

/** A real gateway on the Zhouwang data set at its fixed day, with the ids the boards' tests filter by. */
export async function zhouwangBoards(): Promise<ZhouwangBoards> {
  const t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
  await loadZhouwang(t.system);
  const { data } = await t.graphql('{ townships { id } villages(first: 2) { edges { node { id } } } }');
  const [villageA, villageB] = data.villages.edges.map((e: any) => e.node.id);
  return { t, townshipId: data.townships[0].id, villageA, villageB };
}

/** The nodes of a connection in an answer's data. */
export const nodesOf = (connection: any): any[] => connection.edges.map((e: any) => e.node);

export const OWN_VILLAGE_ONLY = '只能查看和记录本村（社区）的干部';
