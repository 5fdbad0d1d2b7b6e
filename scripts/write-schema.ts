// Regenerates schema/dataset-v1.schema.json from src/model/schema.ts.
// Run `npm run schema` after changing the schema; tests/model/json-schema.test.ts fails
// until the committed file matches.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { datasetJsonSchema } from "../src/model/json-schema";

const out = resolve(import.meta.dirname, "../schema/dataset-v1.schema.json");
writeFileSync(out, JSON.stringify(datasetJsonSchema(), null, 2) + "\n");
process.stdout.write(`wrote ${out}\n`);
