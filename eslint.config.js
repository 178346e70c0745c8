import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers, lowest first: each folder of src/ may import only the folders listed beside
 * it (and anything outside src/). A widget's view may not reach the book, a plot may not
 * know the physics: `npm run lint` refuses an import that runs up or sideways.
 */
const LAYERS = [
  ['physics', []],
  ['units', ['physics']],
  ['common', ['units']],
  ['plot', ['units', 'common']],
  ['controls', ['units', 'common']],
  ['exercises', ['physics', 'units', 'common', 'plot', 'controls']],
  ['widgets', ['physics', 'units', 'common', 'plot', 'controls', 'exercises']],
  ['mdx', ['physics', 'units', 'common', 'plot', 'controls', 'exercises', 'widgets']],
  ['book', ['physics', 'units', 'common', 'plot', 'controls', 'exercises', 'widgets', 'mdx']],
];
const FOLDERS = LAYERS.map(([folder]) => folder);

/** Import patterns that reach a folder of src/ that `folder` may not import. */
function importsAbove(folder, below) {
  const depth = folder === '' ? 0 : 1;
  return FOLDERS.filter((other) => other !== folder && !below.includes(other)).flatMap((other) => {
    const up = depth === 0 ? './' : '../';
    // from src/<folder>/x.ts, '../<other>' and '../../<other>' (from a subfolder) reach it
    return [
      `${up}${other}`,
      `${up}${other}/*`,
      `../../${other}`,
      `../../${other}/*`,
      `../../../${other}/*`,
    ];
  });
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'bench/results.json',
      'bench/dist-*',
      'test-results',
      'playwright-report',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The physics core is the model: it may not reach the view, the DOM or randomness.
    files: ['src/physics/**/*.ts'],
    ignores: ['src/physics/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'd3-*', '../*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random' }],
    },
  },
  // physics has its stricter rule above (nothing of the app, React or D3)
  ...LAYERS.filter(([folder]) => folder !== 'physics').map(([folder, below]) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: importsAbove(folder, below) }] },
  })),
  {
    // Only the entry point starts the book.
    files: ['src/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: importsAbove('', []) }] },
  },
);
