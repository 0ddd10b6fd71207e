// Runs every check the project has (type-check, lint, format, unit and property tests, browser tests)
// and ends with one line `N passed, N failed` that CI reads. Each step runs even if one fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
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

rmSync('test-results/unit.json', { force: true });
const unitOk = run('Unit and property tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests + (unit.numFailedTestSuites ?? 0);
} else countCheck('unit tests (no report)', false);
if (!unitOk && unit && unit.numFailedTests === 0 && !unit.numFailedTestSuites)
  countCheck('unit run', false);

rmSync('test-results/e2e.json', { force: true });
const e2eOk = run('Browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
const e2e = readJson('test-results/e2e.json');
if (e2e?.stats) {
  totals.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  totals.failed += e2e.stats.unexpected;
} else countCheck('browser tests (no report)', false);
if (!e2eOk && e2e?.stats && e2e.stats.unexpected === 0) countCheck('browser run', false);

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
