import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, tried on throw-away files that are never written:
// ESLint lints the text as if it stood at `filePath`.
const eslint = new ESLint();

async function layerErrors(filePath: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the layer rules', () => {
  it.each([
    ['src/physics/throwAway.ts', "import { x } from '../units';"],
    ['src/physics/throwAway.ts', "import { x } from 'react';"],
    ['src/units/throwAway.ts', "import { x } from '../plot';"],
    ['src/common/throwAway.ts', "import { x } from '../controls';"],
    ['src/plot/throwAway.ts', "import { x } from '../physics';"],
    ['src/plot/throwAway.ts', "import { x } from '../controls/Slider';"],
    ['src/plot/export/throwAway.ts', "import { x } from '../../widgets/params';"],
    ['src/controls/throwAway.ts', "import { x } from '../physics';"],
    ['src/controls/throwAway.ts', "import { x } from '../widgets';"],
    ['src/exercises/throwAway.ts', "import { x } from '../widgets/registry';"],
    ['src/exercises/problems/throwAway.ts', "import { x } from '../../book/route';"],
    ['src/widgets/throwAway.ts', "import { x } from '../book/route';"],
    ['src/widgets/nernst/throwAway.ts', "import { x } from '../../mdx/Heading';"],
    ['src/mdx/throwAway.ts', "import { x } from '../book/chapters';"],
    ['src/throwAway.ts', "import { x } from './book/App';"],
  ])('refuses %s importing upward: %s', async (filePath, importLine) => {
    expect(await layerErrors(filePath, importLine)).toHaveLength(1);
  });

  it.each([
    ['src/units/throwAway.ts', "import { x } from '../physics';"],
    ['src/plot/throwAway.ts', "import { x } from '../common';"],
    ['src/exercises/problems/throwAway.ts', "import { x } from '../../physics';"],
    ['src/widgets/nernst/throwAway.ts', "import { x } from '../../plot';"],
    ['src/book/throwAway.ts', "import { x } from '../mdx/Heading';"],
    ['src/main.tsx', "import { x } from './book/App';"],
  ])('lets %s import downward: %s', async (filePath, importLine) => {
    expect(await layerErrors(filePath, importLine)).toEqual([]);
  });
});
