/**
 * Whether a browser window can be opened on this machine: always on macOS and Windows;
 * elsewhere (Linux, the BSDs) only inside a desktop session, which sets DISPLAY (X11) or
 * WAYLAND_DISPLAY. A server, a container or an SSH session sets neither.
 */
export function hasDesktop(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
