import { type CadreState, cadreAggregate } from '@cadre/domain';
import { describe, expect, it } from 'vitest';
import { CADRE_DOCUMENTS_SCHEMA, CadreDocuments } from '../src/cadres/cadre-documents.js';
import { openReadModelDatabase } from '../src/index.js';

const stateOf = (n: number) =>
  ({
    ...cadreAggregate.initialState,
    cadreId: `c${n}`,
    registered: true,
    trainings: [{ topic: `课程${n}` }, { topic: '第二课' }],
    honors: [{ level: 'COUNTY', awardedOn: '2024-01-02' }],
    pledges: [{ year: 2024, items: ['为民办实事一件'] }],
  }) as unknown as CadreState;

describe('a cadre document read back from the table', () => {
  it('is the state cadre_states puts together, its lists in their places', () => {
    const db = openReadModelDatabase(':memory:');
    db.exec(CADRE_DOCUMENTS_SCHEMA);
    const writer = new CadreDocuments(db);
    for (let n = 0; n < 3; n++) writer.write(`c${n}`, stateOf(n), 10 + n);
    writer.flush();
    const reader = new CadreDocuments(db);
    const view = db.prepare('SELECT state FROM cadre_states WHERE cadre_id = ?').pluck();
    for (let n = 0; n < 3; n++) {
      const read = reader.read(`c${n}`);
      expect(read).toEqual(stateOf(n));
      expect(JSON.stringify(read)).toBe(view.get(`c${n}`));
    }
    expect(reader.read('unknown')).toBe(cadreAggregate.initialState);
    db.close();
  });
});
