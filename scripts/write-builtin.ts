// Writes the built-in default scenario as JSON (npm run builtin). The page opens on this file, so
// its first paint needs no engine commands; a unit test keeps it equal to defaultScenario().
import { writeFileSync } from 'node:fs';
import { serializeScenario } from '../src/scenarios/format';
import { defaultScenario } from '../src/scenarios/builtin/default';

const path = 'src/scenarios/builtin/default.json';
writeFileSync(path, serializeScenario(defaultScenario()));
console.log(`wrote ${path}`);
