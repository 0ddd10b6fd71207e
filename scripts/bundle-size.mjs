// Prints the gzipped size of the JavaScript and CSS that index.html loads at first paint
// (entry scripts, their static imports and stylesheets); lazily loaded chunks are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
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
