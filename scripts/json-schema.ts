/**
 * Writes docs/cyclemap.schema.json, the JSON Schema of the cycle-map format, from the Valibot schema
 * that `parseCycleMap` checks files with, so the two cannot drift apart (test/core/jsonSchema.test.ts
 * fails if the stored file is stale). Run it with `npm run schema` after changing the format.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { partnerSchema } from '../src/core/document/partnerSchema';
import { cycleMapSchema } from '../src/core/document/schema';

export const JSON_SCHEMA_FILE = fileURLToPath(
  new URL('../docs/cyclemap.schema.json', import.meta.url),
);

/** A name, not an address: the project has no web address of its own to publish the schema at. */
const SCHEMA_ID = 'urn:cyclemap:schema:cyclemap-1';

export function cycleMapJsonSchema(): JsonSchema {
  const { $schema, title, description, $defs, ...rest } = toJsonSchema(cycleMapSchema, {
    target: 'draft-2020-12',
    // From the last schema of each pipe: the one before it only turns a list away from an object.
    typeMode: 'output',
    definitions: { partner: partnerSchema },
    // The raw checks are the rules JSON Schema cannot state; the schema's description names them.
    ignoreActions: ['raw_check'],
    overrideAction({ valibotAction, jsonSchema }) {
      // Both count a string's length in Unicode code points, so one is the other exactly.
      if (valibotAction.type === 'max_code_points' && 'requirement' in valibotAction) {
        return { ...jsonSchema, maxLength: valibotAction.requirement as number };
      }
      return undefined;
    },
  });
  return { $schema, $id: SCHEMA_ID, title, description, ...rest, $defs };
}

/** The file's text, formatted as Prettier would leave it. */
export async function cycleMapJsonSchemaText(): Promise<string> {
  const options = await resolveConfig(JSON_SCHEMA_FILE);
  return format(JSON.stringify(cycleMapJsonSchema()), { ...options, filepath: JSON_SCHEMA_FILE });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(JSON_SCHEMA_FILE, await cycleMapJsonSchemaText());
  console.log(`Wrote ${JSON_SCHEMA_FILE}`);
}
