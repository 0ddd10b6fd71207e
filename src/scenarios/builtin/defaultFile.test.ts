import { expect, test } from 'vitest';
import { serializeScenario } from '../format';
import { parseScenario } from '../parse';
import { defaultScenario } from './default';
import { DEFAULT_SCENARIO } from './defaultFile';

test('the committed default.json is what defaultScenario() builds now (else run npm run builtin)', () => {
  expect(serializeScenario(DEFAULT_SCENARIO)).toBe(serializeScenario(defaultScenario()));
});

test('the committed default.json is a valid scenario file', () => {
  const parsed = parseScenario(serializeScenario(DEFAULT_SCENARIO));
  expect(parsed.ok).toBe(true);
});
