// Writes packages/core/schema/case.schema.json from the zod case-file schema (the single source of truth).
// Run: npx tsx scripts/gen-case-schema.ts. A unit test fails when the shipped file differs from a fresh generation.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { CASE_FORMAT, caseFileSchema } from '../packages/core/src/case/index.js';

export const CASE_SCHEMA_PATH = fileURLToPath(
  new URL('../packages/core/schema/case.schema.json', import.meta.url),
);

/** The JSON Schema of the case file, as the text we ship (2-space JSON and a final newline). */
export function generateCaseSchemaText(): string {
  const generated = z.toJSONSchema(caseFileSchema, { io: 'input' });
  const schema = {
    $schema: generated.$schema,
    $id: 'urn:iep-ready:schema:case@1',
    title: 'IEP Ready case file',
    description:
      `An IEP Ready case file, format "${CASE_FORMAT}": the child, the team, meetings, goals with progress data, ` +
      'services with a delivery log, assessments and school closure days. Generated from the zod schema in ' +
      'packages/core/src/case/case-schema.ts; do not edit by hand.',
    ...generated,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  writeFileSync(CASE_SCHEMA_PATH, generateCaseSchemaText());
  console.log(`Wrote ${CASE_SCHEMA_PATH}`);
}
