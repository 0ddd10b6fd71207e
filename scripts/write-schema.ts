/**
 * Writes docs/scenario.schema.json from the zod schema in src/scenarios/schema.ts.
 * Run it with `npm run schema` after changing the schema; a unit test fails while the committed
 * file and the schema differ.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../src/scenarios/jsonSchema';

const target = fileURLToPath(new URL('../docs/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`Wrote ${target}`);
