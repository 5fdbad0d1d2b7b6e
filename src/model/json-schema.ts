/**
 * The dataset's JSON Schema as a plain JSON document (what ships in schema/ for editors
 * and other tools). TypeBox schemas are JSON Schema already; this adds the header fields.
 */
import { DatasetSchema } from "./schema";

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "chokepoint-dataset-v1.schema.json",
    ...JSON.parse(JSON.stringify(DatasetSchema)),
  };
}
