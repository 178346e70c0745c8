import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadProgress, PROGRESS_KEY, saveProgress, type Progress } from './progress';

/** A localStorage backed by a Map, with what it holds open to the test. */
function memoryStorage() {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
  return { items, storage };
}

/** A localStorage whose every method throws, as in some private modes. */
function brokenStorage() {
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, length: 0 };
}

let items: Map<string, string>;

beforeEach(() => {
  const memory = memoryStorage();
  items = memory.items;
  vi.stubGlobal('window', { localStorage: memory.storage });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const SOME: Progress = {
  version: 1,
  exercises: {
    'nernst-k-neuron': { solved: true, set: 2 },
    'nernst-swap-sides': { solved: false, set: 0 },
  },
};

describe('loadProgress', () => {
  test('an empty store gives empty progress and no notice', () => {
    const { progress, notice } = loadProgress();
    expect(progress).toEqual({ version: 1, exercises: {} });
    expect(notice).toBeNull();
  });

  test('reads back what saveProgress wrote, under the versioned key', () => {
    expect(saveProgress(SOME)).toBe(true);
    expect(PROGRESS_KEY).toMatch(/v1/);
    expect(JSON.parse(items.get(PROGRESS_KEY)!)).toEqual(SOME);
    expect(loadProgress()).toEqual({ progress: SOME, notice: null });
  });

  test.each([
    ['not JSON', '{"version": 1, "exercises": '],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['another version', JSON.stringify({ version: 2, exercises: {} })],
    ['no exercises', JSON.stringify({ version: 1 })],
    ['exercises null', JSON.stringify({ version: 1, exercises: null })],
    [
      'a wrong entry shape',
      JSON.stringify({ version: 1, exercises: { a: { set: -1, solved: 'yes' } } }),
    ],
    ['a negative set', JSON.stringify({ version: 1, exercises: { a: { set: -1, solved: true } } })],
    [
      'a fractional set',
      JSON.stringify({ version: 1, exercises: { a: { set: 1.5, solved: true } } }),
    ],
    ['solved as text', JSON.stringify({ version: 1, exercises: { a: { set: 0, solved: 'yes' } } })],
    ['an entry that is null', JSON.stringify({ version: 1, exercises: { a: null } })],
  ])('%s is reset to empty progress with a notice, and the store is rewritten', (_, raw) => {
    items.set(PROGRESS_KEY, raw);
    const { progress, notice } = loadProgress();
    expect(progress).toEqual({ version: 1, exercises: {} });
    expect(notice).toMatch(/reset/);
    expect(JSON.parse(items.get(PROGRESS_KEY)!)).toEqual({ version: 1, exercises: {} });
    // The rewritten store reads cleanly next time.
    expect(loadProgress().notice).toBeNull();
  });

  test('a store whose every method throws gives empty progress and a notice that progress cannot be saved', () => {
    vi.stubGlobal('window', { localStorage: brokenStorage() });
    let loaded: ReturnType<typeof loadProgress> | undefined;
    expect(() => {
      loaded = loadProgress();
    }).not.toThrow();
    expect(loaded!.progress).toEqual({ version: 1, exercises: {} });
    expect(loaded!.notice).toEqual(expect.stringMatching(/cannot be saved/));
  });

  test('a store that reads but cannot write resets corrupt progress with a notice that it cannot be saved', () => {
    const memory = memoryStorage();
    memory.items.set(PROGRESS_KEY, 'not json');
    vi.stubGlobal('window', {
      localStorage: {
        ...memory.storage,
        setItem: () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        },
      },
    });
    const { progress, notice } = loadProgress();
    expect(progress).toEqual({ version: 1, exercises: {} });
    expect(notice).toMatch(/cannot be saved/);
  });

  test('no window at all (as on a server) gives empty progress and never throws', () => {
    vi.stubGlobal('window', undefined);
    expect(() => loadProgress()).not.toThrow();
    expect(loadProgress().progress).toEqual({ version: 1, exercises: {} });
  });
});

describe('saveProgress', () => {
  test('says whether it saved', () => {
    expect(saveProgress(SOME)).toBe(true);
    vi.stubGlobal('window', { localStorage: brokenStorage() });
    expect(saveProgress(SOME)).toBe(false);
  });
});
