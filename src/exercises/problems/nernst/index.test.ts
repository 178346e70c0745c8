import { describe, expect, test } from 'vitest';
import { PROBLEMS } from '../testing';
import * as nernstChapter from './index';

describe('the Nernst chapter’s problem kinds', () => {
  test('PROBLEMS holds the five Nernst-chapter kinds by id', () => {
    const ids = [
      'nernst-potential',
      'nernst-concentration',
      'decade-slope',
      'chemical-energy',
      'electrochemical-energy',
    ];
    for (const id of ids) expect(PROBLEMS[id]?.id).toBe(id);
    for (const [id, problem] of Object.entries(PROBLEMS)) expect(problem.id).toBe(id);
  });

  test('every kind the chapter module exports is the one PROBLEMS loads under its id', () => {
    const kinds = Object.values(nernstChapter);
    expect(kinds).toHaveLength(5);
    for (const kind of kinds) expect(PROBLEMS[kind.id]).toBe(kind);
  });
});
