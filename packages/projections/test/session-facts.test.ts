import { describe, expect, it } from 'vitest';
import { type SessionRow, sessionFacts } from '../src/temporal/session-facts.js';

const row: SessionRow = [41, 'training-1', 'township-1', 'EXTERNAL', '2024-03-05', '["c-1","c-2"]'];

describe("a held session's facts", () => {
  it('are the training with its attendees and one record per attendee', () => {
    expect(sessionFacts(row)).toEqual({
      training: {
        trainingId: 'training-1',
        townshipId: 'township-1',
        kind: 'EXTERNAL',
        heldOn: '2024-03-05',
        attendees: ['c-1', 'c-2'],
      },
      attendance: [
        { cadreId: 'c-1', kind: 'EXTERNAL', year: 2024 },
        { cadreId: 'c-2', kind: 'EXTERNAL', year: 2024 },
      ],
    });
  });

  it('are kept for the same row read again, and cannot be changed by an answer', () => {
    const first = sessionFacts(row);
    expect(sessionFacts([...row] as SessionRow)).toBe(first);
    expect(() => first.training.attendees.push('c-3')).toThrow(TypeError);
    expect(() => {
      (first.attendance[0] as { cadreId: string }).cadreId = 'c-9';
    }).toThrow(TypeError);
  });

  it('are made again when the row at that position differs in anything (another store, a rebuild)', () => {
    sessionFacts(row);
    const others: SessionRow[] = [
      [41, 'training-1', 'township-1', 'EXTERNAL', '2024-03-05', '["c-1"]'],
      [41, 'training-2', 'township-1', 'EXTERNAL', '2024-03-05', '["c-1","c-2"]'],
      [41, 'training-1', 'township-2', 'EXTERNAL', '2024-03-05', '["c-1","c-2"]'],
      [41, 'training-1', 'township-1', 'INTERNAL', '2024-03-05', '["c-1","c-2"]'],
      [41, 'training-1', 'township-1', 'EXTERNAL', '2024-03-06', '["c-1","c-2"]'],
    ];
    for (const other of others) {
      const facts = sessionFacts(other);
      expect(facts.training).toMatchObject({
        trainingId: other[1],
        townshipId: other[2],
        kind: other[3],
        heldOn: other[4],
        attendees: JSON.parse(other[5]),
      });
      expect(facts.attendance.map((record) => [record.cadreId, record.kind, record.year])).toEqual(
        (JSON.parse(other[5]) as string[]).map((id) => [id, other[3], Number(other[4].slice(0, 4))]),
      );
    }
  });
});
