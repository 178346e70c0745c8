import type { Plugin } from 'vite';

/**
 * The built book's Content-Security-Policy. A static site needs nothing from elsewhere:
 * scripts, styles, fonts, the manifest and the offline worker all come from its own
 * folder. Styles allow 'unsafe-inline' because React writes style attributes and KaTeX's
 * HTML carries them; no script may be inline. Images allow data: and blob: for plot
 * export (SVG drawn into a canvas for PNG). frame-ancestors cannot be set from a <meta>,
 * and embedding the widgets in other sites is wanted anyway.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy into the built index.html as a <meta>, so it holds on any static host
 * (no server headers needed). Build only: the dev server injects an inline script for
 * fast refresh, which the policy would block.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'membrane-potential:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
