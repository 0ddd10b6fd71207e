/**
 * Writes docs/scenario.schema.json and docs/lesson.schema.json from the zod schemas
 * (src/scenarios/schema.ts, src/lessons/format.ts). Run it with `npm run schema` after changing
 * either; a unit test fails while a committed file and its schema differ.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lessonJsonSchemaText } from '../src/lessons/format';
import { scenarioJsonSchemaText } from '../src/scenarios/jsonSchema';

for (const [file, text] of [
  ['scenario.schema.json', scenarioJsonSchemaText()],
  ['lesson.schema.json', lessonJsonSchemaText()],
] as const) {
  const target = fileURLToPath(new URL(`../docs/${file}`, import.meta.url));
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
