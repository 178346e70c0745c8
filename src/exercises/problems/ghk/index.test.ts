import { describe, expect, test } from 'vitest';
import { PROBLEMS } from '../testing';
import * as ghkChapter from './index';

describe('the GHK chapter’s problem kinds', () => {
  test('PROBLEMS holds the seven GHK-chapter kinds by id', () => {
    const ids = [
      'ghk-voltage',
      'ghk-permeability-ratio',
      'driving-force',
      'chord-potential',
      'reversal-with-calcium',
      'ek-only-error',
      'selectivity-ratio',
    ];
    for (const id of ids) expect(PROBLEMS[id]?.id).toBe(id);
  });

  test('every kind the chapter module exports is the one PROBLEMS loads under its id', () => {
    const kinds = Object.values(ghkChapter);
    expect(kinds).toHaveLength(7);
    for (const kind of kinds) expect(PROBLEMS[kind.id]).toBe(kind);
  });
});
