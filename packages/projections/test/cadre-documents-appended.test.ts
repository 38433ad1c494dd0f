import { type CadreState, cadreAggregate } from '@cadre/domain';
import { describe, expect, it } from 'vitest';
import { CADRE_DOCUMENTS_SCHEMA, CadreDocuments } from '../src/cadres/cadre-documents.js';
import { openReadModelDatabase } from '../src/index.js';

const interview = (n: number) => ({
  kind: 'FIELD_VISIT',
  interviewer: '王镇长',
  findings: `第${n}次走访`,
  heldOn: '2026-01-01',
});

const registered: CadreState = {
  ...cadreAggregate.initialState,
  registered: true,
  cadreId: 'c1',
  villageId: 'v1',
  profile: { name: '张三' } as CadreState['profile'],
};

const withInterviews = (state: CadreState, from: number, to: number): CadreState => {
  let next = state;
  for (let n = from; n < to; n++) next = { ...next, interviews: [...next.interviews, interview(n)] as never };
  return next;
};

function documentsOf() {
  const db = openReadModelDatabase(':memory:');
  db.exec(CADRE_DOCUMENTS_SCHEMA);
  const stateText = () => db.prepare("SELECT state FROM cadre_states WHERE cadre_id = 'c1'").pluck().get();
  const headBytes = () =>
    db.prepare("SELECT length(head) FROM cadre_documents WHERE cadre_id = 'c1'").pluck().get() as number;
  const items = () =>
    db
      .prepare("SELECT list, seq, item FROM cadre_document_items WHERE cadre_id = 'c1' ORDER BY list, seq")
      .all();
  return { db, documents: new CadreDocuments(db), stateText, headBytes, items };
}

describe('cadre documents: the appended lists as rows, the rest as a head', () => {
  it('a batch writes the small head and only its new items; the state reads back as the same JSON text', () => {
    const { db, documents, stateText, headBytes, items } = documentsOf();
    let state = withInterviews(registered, 0, 3);
    documents.write('c1', state, 1);
    documents.flush();
    const smallHead = headBytes();
    state = withInterviews(documents.read('c1'), 3, 500);
    documents.write('c1', state, 2);
    documents.flush();
    expect(headBytes()).toBe(smallHead + 2); // "3" became "500": the history is not in the head
    expect(items()).toHaveLength(500);
    expect(stateText()).toBe(JSON.stringify(state));
    db.close();
  });

  it('a document read back from the table goes on from the items it holds (a new owner of the file)', () => {
    const { db, documents, stateText, items } = documentsOf();
    documents.write('c1', withInterviews(registered, 0, 2), 1);
    documents.flush();
    const later = new CadreDocuments(db);
    const next = { ...withInterviews(later.read('c1'), 2, 4), trainings: [{ topic: '党课' }] as never };
    later.write('c1', next, 2);
    later.flush();
    expect(stateText()).toBe(JSON.stringify(next));
    expect(items().map((row) => (row as { list: string }).list)).toEqual([
      'interviews',
      'interviews',
      'interviews',
      'interviews',
      'trainings',
    ]);
    db.close();
  });

  it('a list changed other than at its end is written again whole, not appended to', () => {
    const { db, documents, stateText, items } = documentsOf();
    documents.write('c1', withInterviews(registered, 0, 3), 1);
    documents.flush();
    const read = documents.read('c1');
    const rewritten = { ...read, interviews: [interview(9), ...read.interviews.slice(2)] as never };
    documents.write('c1', rewritten, 2);
    documents.flush();
    expect(stateText()).toBe(JSON.stringify(rewritten));
    expect(items()).toHaveLength(2);
    db.close();
  });
});
