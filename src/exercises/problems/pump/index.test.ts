import { describe, expect, test } from 'vitest';
import { PROBLEMS } from '../testing';
import * as pumpChapter from './index';

describe('the pump chapter’s problem kinds', () => {
  test('PROBLEMS holds the five pump-chapter kinds by id', () => {
    const ids = ['pump-current', 'pump-shift', 'mullins-noda', 'atp-per-second', 'rundown-time'];
    for (const id of ids) expect(PROBLEMS[id]?.id).toBe(id);
  });

  test('every kind the chapter module exports is the one PROBLEMS loads under its id', () => {
    const kinds = Object.values(pumpChapter);
    expect(kinds).toHaveLength(5);
    for (const kind of kinds) expect(PROBLEMS[kind.id]).toBe(kind);
  });
});
