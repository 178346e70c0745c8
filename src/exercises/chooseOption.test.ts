import { describe, expect, test } from 'vitest';
import { chooseOption } from './chooseOption';

const OPTIONS = [
  { mistake: 'equilibrium' as const, why: 'Na⁺ and K⁺ still leak at rest.' },
  { correct: true, why: 'The pump spends ATP to hold the gradients.' },
  { mistake: 'flux-direction' as const },
];

describe('chooseOption', () => {
  test('asks for a choice when none is picked', () => {
    expect(chooseOption(OPTIONS, null)).toEqual({
      verdict: 'invalid',
      message: 'Choose an answer first.',
    });
  });

  test('marks the right option correct and says why', () => {
    expect(chooseOption(OPTIONS, 1)).toEqual({
      verdict: 'correct',
      message: 'Correct. The pump spends ATP to hold the gradients.',
    });
  });

  test('names the misconception of a wrong option, then says why it is wrong', () => {
    expect(chooseOption(OPTIONS, 0)).toEqual({
      verdict: 'incorrect',
      message: 'That treats a steady state as an equilibrium. Na⁺ and K⁺ still leak at rest.',
      mistake: 'equilibrium',
    });
    expect(chooseOption(OPTIONS, 2)).toMatchObject({ mistake: 'flux-direction' });
  });
});
