import { z } from './zod';
import { scenarioSchema } from './schema';

/**
 * The scenario format as JSON Schema, for editors (a file may point its "$schema" at it) and
 * for readers of docs/scenario.schema.json. It describes what a file may contain ("input"):
 * fields with defaults are optional. The cross-field rules (references, unique ids) are beyond
 * JSON Schema; VirtLab checks them when it opens a file.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' });
}

/** The text of docs/scenario.schema.json, as `npm run schema` writes it. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
