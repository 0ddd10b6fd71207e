import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

/** The layers of src, as ARCHITECTURE.md draws them; lessons is planned, not written yet. */
const SRC_LAYERS = 'engine ← scenarios ← lessons ← store ← ui ← app';

/** Each layer may import only the layers below it. */
const layer = (folder, forbidden, extra = []) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((f) => ({
            group: [`**/${f}/**`, `**/${f}`],
            message: `src/${folder} may not import from src/${f} (layers: ${SRC_LAYERS}).`,
          })),
          ...extra,
        ],
      },
    ],
  },
});

const uiPackages = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@xyflow/*',
].map((p) => ({ group: [p], message: 'The engine is pure: no React, zustand or React Flow.' }));

/**
 * The folders inside src/engine, each with the folders it may import (ARCHITECTURE.md):
 *   base ← model ← catalog ← capacity ← network / platforms / orchestrator / compare ← commands ← sim
 * Of the four siblings only orchestrator imports another, platforms (the brain acts on what the
 * hosts run); none imports orchestrator. packing is a general algorithm, free of the domain
 * model: it imports base only, and capacity and the folders above it may use it. testing holds test
 * support: it may import anything, and no engine code imports it; test files may import
 * anything in the engine. The public surface (index.ts, read.ts, runtime.ts) imports the folders;
 * no folder imports it.
 */
const BELOW_DOMAIN = ['base', 'packing', 'model', 'catalog', 'capacity'];
const SIBLINGS = ['network', 'platforms', 'orchestrator', 'compare'];
const ENGINE_LAYERS = {
  base: [],
  packing: ['base'],
  model: ['base'],
  catalog: ['base', 'model'],
  capacity: ['base', 'packing', 'model', 'catalog'],
  network: BELOW_DOMAIN,
  platforms: BELOW_DOMAIN,
  compare: BELOW_DOMAIN,
  invariants: BELOW_DOMAIN,
  orchestrator: [...BELOW_DOMAIN, 'platforms'],
  commands: [...BELOW_DOMAIN, ...SIBLINGS],
  sim: [...BELOW_DOMAIN, ...SIBLINGS, 'commands'],
};
const ENGINE_LAYER_TEXT =
  'engine layers: base ← model ← catalog ← capacity ← network / platforms / orchestrator / compare ← commands ← sim; packing imports base only';
const ENGINE_SURFACE = ['index.ts', 'read.ts', 'runtime.ts'].map((f) => `./src/engine/${f}`);

/** One zone per folder: what it may not import, said with what it may. */
const engineZones = Object.entries(ENGINE_LAYERS).map(([folder, may]) => ({
  target: `./src/engine/${folder}`,
  from: [
    ...Object.keys(ENGINE_LAYERS)
      .filter((f) => f !== folder && !may.includes(f))
      .map((f) => `./src/engine/${f}`),
    './src/engine/testing',
    ...ENGINE_SURFACE,
  ],
  message: `src/engine/${folder} may import ${may.length ? `only ${may.join(', ')}` : 'no other engine folder'} (${ENGINE_LAYER_TEXT}).`,
}));

/** Engine imports that would pull the whole engine into the first paint's download. */
const firstPaintImports = {
  patterns: [
    {
      regex: '(^|/)engine(/index|/runtime)?$',
      allowTypeImports: true,
      message:
        'The first paint imports engine values from engine/read; a lazily loaded part (lazySection) imports the engine directly, and the store loads engine/runtime for commands, the clock and undo.',
    },
    {
      regex: '(^|/)store/simulationSelectors$',
      allowTypeImports: true,
      message:
        'simulationSelectors calls the full engine: only lazily loaded parts (lazySection) may import it.',
    },
  ],
};

const wholeWorld =
  'Subscribe to the narrow slice the component shows (a selector from src/store/selectors.ts, with useShallow for lists), or work a value out with useDerived: the whole world changes on every tick.';

/** Files in the feature folders that the canvas draws at first paint (the rest load lazily). */
const drawnAtFirstPaint = [
  'src/ui/network/{DropMarker,FrameMarker,NicLinks,RouterNode,TraceOverlay}.tsx',
  'src/ui/orchestrator/{CallMarkers,CanvasOverlay,HostAlerts,OrchestratorNode}.tsx',
  'src/ui/orchestrator/{callPlayer,haStatus,labels,nodeBox}.ts',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'docs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'test', property: 'only', message: 'No .only in committed tests.' },
        { object: 'it', property: 'only', message: 'No .only in committed tests.' },
        { object: 'describe', property: 'only', message: 'No .only in committed tests.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'setTimeout',
        'setInterval',
        'requestAnimationFrame',
        'performance',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG in the state.' },
        { object: 'Date', property: 'now', message: 'Time moves only through tick.' },
      ],
    },
  },
  {
    // The first paint imports engine values from engine/read only: the full engine, or the
    // selectors that call it, would join the first download. The store loads engine/runtime
    // itself for commands, the clock and undo.
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/store/simulationSelectors.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', firstPaintImports] },
  },
  {
    // Loaded lazily (lazySection, lazy views and panels): these import the engine directly.
    files: [
      'src/ui/{compare,network,orchestrator,platforms}/**/*.{ts,tsx}',
      'src/ui/panels/AssumptionsPanel.tsx',
    ],
    ignores: [...drawnAtFirstPaint, 'src/ui/*/lazy.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // The clock rewrites the world on every tick: a component subscribed to all of it draws again
    // each time. Components read a named selector (src/store/selectors.ts) or useDerived.
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name='useSandbox'] > ArrowFunctionExpression > MemberExpression.body[property.name=/^(world|state)$/]",
          message: wholeWorld,
        },
        {
          selector:
            "CallExpression[callee.name='useSandbox'] > Identifier[name=/^select(World|State)$/]",
          message: wholeWorld,
        },
      ],
    },
  },
  {
    // The engine's folders import only those below them, and no file in it is part of a cycle.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: engineZones }],
      'import-x/no-cycle': 'error',
    },
  },
  layer('engine', ['lessons', 'store', 'ui', 'app', 'scenarios'], uiPackages),
  layer('scenarios', ['lessons', 'store', 'ui', 'app'], uiPackages),
  layer('lessons', ['store', 'ui', 'app']),
  layer('store', ['ui', 'app']),
  layer('ui', ['app']),
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
