// Runs every check the project has (type-check, lint, format, unit and property tests, browser tests)
// and ends with one line `N passed, N failed` that CI reads. Each step runs even if one fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// The results folder of playwright.config.ts: an E2E_PORT run gets its own, so runs can share a machine.
const results = process.env.E2E_PORT ? `test-results/e2e-${process.env.E2E_PORT}` : 'test-results';
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0 };

function run(label, command, args) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function countCheck(label, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  console.log(`${label}: ${ok ? 'passed' : 'FAILED'}`);
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

countCheck('typecheck', run('Type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));
countCheck('lint', run('Lint', 'npx', ['eslint', '.', '--max-warnings', '0']));
countCheck('format', run('Format check', 'npx', ['prettier', '--check', '.']));

rmSync(`${results}/unit.json`, { force: true });
const unitOk = run('Unit and property tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/unit.json`,
]);
const unit = readJson(`${results}/unit.json`);
if (unit) {
  // A file that fails without a failing test (it did not load) counts once; a failing test
  // (a property included) counts once, not again for its describe block and its file.
  const brokenFiles = unit.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  ).length;
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests + brokenFiles;
  if (!unitOk && unit.numFailedTests + brokenFiles === 0) countCheck('unit run', false);
} else countCheck('unit tests (no report)', false);

rmSync(`${results}/e2e.json`, { force: true });
const e2eOk = run('Browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
const e2e = readJson(`${results}/e2e.json`);
if (e2e?.stats) {
  totals.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  totals.failed += e2e.stats.unexpected;
  if (!e2eOk && e2e.stats.unexpected === 0) countCheck('browser run', false);
} else countCheck('browser tests (no report)', false);

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
