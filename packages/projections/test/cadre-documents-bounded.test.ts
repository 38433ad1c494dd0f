import { type CadreState, cadreAggregate } from '@cadre/domain';
import { describe, expect, it } from 'vitest';
import { CADRE_DOCUMENTS_SCHEMA, CadreDocuments } from '../src/cadres/cadre-documents.js';
import { openReadModelDatabase } from '../src/index.js';

const stateOf = (n: number) =>
  ({
    ...cadreAggregate.initialState,
    cadreId: `c${n}`,
    registered: true,
    trainings: [{ topic: `课程${n}` }],
  }) as unknown as CadreState;

describe('cadre documents changed in one long batch (a bulk load)', () => {
  it('beyond the most kept, the least recently written are stored early and read back from the table', () => {
    const db = openReadModelDatabase(':memory:');
    db.exec(CADRE_DOCUMENTS_SCHEMA);
    const documents = new CadreDocuments(db, { mostChanged: 4 });
    for (let n = 0; n < 10; n++) documents.write(`c${n}`, stateOf(n), 100 + n);
    const stored = () =>
      db.prepare('SELECT cadre_id AS id, position FROM cadre_documents ORDER BY position').all();
    const early = stored() as Array<{ id: string; position: number }>;
    expect(early.length).toBeGreaterThanOrEqual(6);
    expect(early.map((row) => row.id)).toEqual(early.map((_, i) => `c${i}`));
    // one stored early and written again: the later state wins, from memory
    documents.write('c0', stateOf(42), 200);
    for (let n = 1; n < 10; n++) expect(documents.read(`c${n}`)).toEqual(stateOf(n));
    expect(documents.read('c0')).toEqual(stateOf(42));
    documents.flush();
    expect(stored()).toEqual([
      ...Array.from({ length: 9 }, (_, i) => ({ id: `c${i + 1}`, position: 101 + i })),
      { id: 'c0', position: 200 },
    ]);
    db.close();
  });
});
