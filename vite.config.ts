/// <reference types="vitest/config" />
import { type Plugin, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The production page's Content-Security-Policy: scripts, styles and fonts only from the page's
 * own origin, no inline script and no eval, no plugins, no <base>, no form posts. Text from a
 * shared link is data, never code. Images may also be data: URLs (CSS icons).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built page as a <meta> tag, first in <head>. Only at build time: the dev
 * server's React refresh needs an inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'virtlab-content-security-policy',
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

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false },
  // `vite preview` serves the build with the policy as a header too, which can also forbid framing.
  preview: {
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    // One fast-check seed per run, fixed unless FUZZ=1 or FC_SEED says otherwise (src/testing).
    globalSetup: ['src/testing/propertySeed.ts'],
    setupFiles: ['src/testing/propertySetup.ts'],
    // A guard against hangs, not a speed limit: property tests take seconds on a busy 2-core CI,
    // and ten times as long under FUZZ=1.
    testTimeout: process.env.FUZZ === '1' ? 600_000 : 60_000,
  },
});
