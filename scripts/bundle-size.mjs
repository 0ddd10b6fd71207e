// Prints the gzipped size of the JavaScript and CSS that index.html loads at first paint
// (entry scripts, their static imports and stylesheets); lazily loaded chunks are listed apart.
// Fails when the first paint's JavaScript passes its budget: a sign that an eager import pulled
// in the full engine (see the first-paint rule in eslint.config.js).
// Usage: node scripts/bundle-size.mjs [build folder, default dist]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped KB of JavaScript the first paint may download. */
const INITIAL_JS_BUDGET_KB = 160;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const initialJs = [...initial].filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0);
const initialCss = [...initial].filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(f), 0);
const lazy = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => f.endsWith('.js') && !initial.has(f));
console.log(`bundle.initialJs.gzip: ${kb(initialJs)} KB`);
console.log(`bundle.initialCss.gzip: ${kb(initialCss)} KB`);
console.log(
  `bundle.lazyChunks: ${lazy.length} files, ${kb(lazy.reduce((s, f) => s + gz(f), 0))} KB gzip`,
);
if (initialJs / 1024 > INITIAL_JS_BUDGET_KB) {
  console.error(
    `The first paint's JavaScript is ${kb(initialJs)} KB gzip, over its budget of ${INITIAL_JS_BUDGET_KB} KB: ` +
      'something imported eagerly pulls in code the first paint does not draw (the full engine?). ' +
      'Load it lazily (lazySection) or import from engine/read.',
  );
  process.exitCode = 1;
}
