import { describe, expect, it } from 'vitest';
import { hasDesktop } from '../../scripts/hasDesktop';

describe('hasDesktop', () => {
  it.each(['darwin', 'win32'] as const)('is true on %s, which always has a desktop', (platform) => {
    expect(hasDesktop(platform, {})).toBe(true);
  });

  it.each([
    [{ DISPLAY: ':0' }, true],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, true],
    [{}, false],
    [{ DISPLAY: '', WAYLAND_DISPLAY: '' }, false],
  ])(
    'on Linux with %j is %s: only a desktop session sets DISPLAY or WAYLAND_DISPLAY',
    (env, expected) => {
      expect(hasDesktop('linux', env)).toBe(expected);
    },
  );
});
