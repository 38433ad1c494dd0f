import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AGGREGATE_RULES,
  COMMANDS,
  cadreRules,
  DomainError,
  documentRules,
  EVENT_SCHEMAS,
  electionRules,
  FIELD_RULES,
  idNumberRules,
  labelOf,
  parseInput,
  reminderRules,
  requestRules,
  termRules,
  townshipRules,
  trainingRules,
  villageRules,
} from '../src/index.js';

/** The field names of a schema, at any depth. */
function fieldNames(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, inner]) => [
        key,
        ...fieldNames(inner),
      ]);
    case 'array':
      return fieldNames(def.element);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      return fieldNames(def.innerType);
    case 'pipe':
      return fieldNames(def.in);
    default:
      return [];
  }
}

describe('the catalogues', () => {
  it('registers every command under its own name', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(command.name).toBe(name);
      expect(Object.keys(command.needs).length).toBeGreaterThan(0);
    }
    expect(Object.keys(COMMANDS)).toHaveLength(44); // LeaveReservePool among them
  });

  it('answers any command sent empty with a field-level DomainError', () => {
    for (const command of Object.values(COMMANDS)) {
      const error = (() => {
        try {
          parseInput(command.input, {});
        } catch (e) {
          return e;
        }
      })();
      expect(error, command.name).toBeInstanceOf(DomainError);
      expect((error as DomainError).rule, command.name).toBe('REQUIRED');
    }
  });

  it('gives every rule code one meaning and a message in both languages', () => {
    const books = [
      townshipRules,
      villageRules,
      termRules,
      electionRules,
      cadreRules,
      documentRules,
      idNumberRules,
      trainingRules,
      requestRules,
      reminderRules,
    ];
    const sizes = books.reduce((sum, book) => sum + Object.keys(book.rules).length, 0);
    expect(Object.keys(AGGREGATE_RULES)).toHaveLength(sizes);
    for (const code of Object.keys(FIELD_RULES)) expect(AGGREGATE_RULES[code], code).toBeUndefined();
    for (const [code, rule] of Object.entries(AGGREGATE_RULES)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(rule.messages.zh, code).toMatch(/\p{Script=Han}/u);
      expect(rule.messages.en, code).toMatch(/^[A-Z]/);
    }
  });

  it('labels every input field in Chinese', () => {
    const fields = new Set(Object.values(COMMANDS).flatMap((command) => fieldNames(command.input)));
    const unlabelled = [...fields].filter((field) => !/\p{Script=Han}/u.test(labelOf(field).zh));
    expect(unlabelled).toEqual([]);
  });

  it('has a schema for every event type, each a strict object', () => {
    expect(Object.keys(EVENT_SCHEMAS)).toHaveLength(48); // ReserveCadreLeft among them
    for (const [type, schema] of Object.entries(EVENT_SCHEMAS))
      expect(schema.safeParse({ unexpected: true }).success, type).toBe(false);
  });
});
