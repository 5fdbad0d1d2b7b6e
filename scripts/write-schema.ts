// Regenerates the JSON Schemas in schema/: the dataset format (src/model/schema.ts) and the
// snapshot format (src/io/snapshot/snapshot-schema.ts). Run `npm run schema` after changing
// either; tests/model/json-schema.test.ts and tests/io/snapshot-schema.test.ts fail until
// the committed files match.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { datasetJsonSchema } from "../src/model/json-schema";
import { snapshotJsonSchema } from "../src/io/snapshot/snapshot-schema";

const schemas: readonly [string, Record<string, unknown>][] = [
  ["dataset-v1.schema.json", datasetJsonSchema()],
  ["snapshot-v1.schema.json", snapshotJsonSchema()],
];
for (const [name, schema] of schemas) {
  const out = resolve(import.meta.dirname, "../schema", name);
  writeFileSync(out, JSON.stringify(schema, null, 2) + "\n");
  process.stdout.write(`wrote ${out}\n`);
}
