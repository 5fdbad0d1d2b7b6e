// Regenerates the JSON Schemas in schema/: the dataset format (src/model/schema.ts), the
// snapshot format (src/io/snapshot/snapshot-schema.ts), batch files
// (src/io/batch/batch-schema.ts) and instructor stories (src/model/story/story-schema.ts).
// Run `npm run schema` after changing any of them; tests/model/json-schema.test.ts,
// tests/model/story/story-schema.test.ts and tests/io/schemas.test.ts fail until the
// committed files match.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { datasetJsonSchema } from "../src/model/json-schema";
import { snapshotJsonSchema } from "../src/io/snapshot/snapshot-schema";
import { batchJsonSchema } from "../src/io/batch/batch-schema";
import { storyJsonSchema } from "../src/model/story/json-schema";

const schemas: readonly [string, Record<string, unknown>][] = [
  ["dataset-v1.schema.json", datasetJsonSchema()],
  ["snapshot-v1.schema.json", snapshotJsonSchema()],
  ["batch-v1.schema.json", batchJsonSchema()],
  ["story-v1.schema.json", storyJsonSchema()],
];
for (const [name, schema] of schemas) {
  const out = resolve(import.meta.dirname, "../schema", name);
  writeFileSync(out, JSON.stringify(schema, null, 2) + "\n");
  process.stdout.write(`wrote ${out}\n`);
}
