import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The benchmarks (bench/browser.ts) read the widget registry in plain Node, through tsx,
// where a stylesheet cannot be imported: a widget's model, words and definition must not
// reach a React view or its CSS (a model imports plot/sample, not the plot barrel).
it('loads the widget registry in plain Node, as the benchmarks do', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const ids = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      "const { WIDGETS } = await import('./src/widgets/registry.ts'); console.log(WIDGETS.map((w) => w.id).join(','));",
    ],
    { cwd: root, encoding: 'utf8' },
  );
  expect(ids.trim().split(',')).toContain('nernst');
  expect(ids.trim().split(',').length).toBeGreaterThanOrEqual(11);
}, 60_000);
