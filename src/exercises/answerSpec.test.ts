import { describe, expect, test } from 'vitest';
import { answerSpec } from './answerSpec';
import type { ProblemKind } from './ProblemKind';

/** A kind whose answer is twice its one parameter, with one diagnosed slip: forgetting the 2. */
const doubling: ProblemKind = {
  id: 'doubling',
  params: { x: { label: 'x', unit: 'mV' } },
  answer: { label: 'y', unit: 'mV', dimension: 'voltage', format: { digits: 3 } },
  solve: (p) => 2 * p.x!,
  mistakes: (p) => [{ value: p.x!, code: 'formula' }],
  steps: () => null,
};

describe('answerSpec', () => {
  test('holds the answer, in the unit and dimension the kind asks for', () => {
    const spec = answerSpec(doubling, { x: 0.03 }, 0.06);
    expect(spec).toMatchObject({ value: 0.06, unit: 'mV', dimension: 'voltage' });
  });

  test('a kind that names no tolerance is checked to 1 % with no absolute window', () => {
    expect(answerSpec(doubling, { x: 0.03 }, 0.06)).toMatchObject({ relative: 0.01, absolute: 0 });
  });

  test('a kind’s own tolerance replaces the default, a part it leaves out keeps the default', () => {
    const loose = { ...doubling, tolerance: { relative: 0.05, absolute: 2e-4 } };
    expect(answerSpec(loose, { x: 0.03 }, 0.06)).toMatchObject({ relative: 0.05, absolute: 2e-4 });
    const absoluteOnly = { ...doubling, tolerance: { absolute: 1e-5 } };
    expect(answerSpec(absoluteOnly, { x: 0.03 }, 0.06)).toMatchObject({
      relative: 0.01,
      absolute: 1e-5,
    });
  });

  test('carries the mistakes the kind diagnoses for these numbers', () => {
    // x = 30 mV: the answer is 60 mV, and leaving out the 2 gives 30 mV
    expect(answerSpec(doubling, { x: 0.03 }, 0.06).mistakes).toEqual([
      { value: 0.03, code: 'formula' },
    ]);
  });
});
