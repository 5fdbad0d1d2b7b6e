/**
 * The JSON Schema of batch files, version 1 (batch-file.ts reads them; docs/formats.md
 * explains them), written out as schema/batch-v1.schema.json by `npm run schema`.
 * The scenario fields take the command line's forms (`"enable": ["id", "id:0.8"]`).
 */
import { BATCH_FORMAT, BATCH_VERSION, MAX_SWEEP_STEPS } from "./batch-file";

const idList = { type: "array", items: { type: "string" }, description: "Intervention ids as on the command line: \"id\" or \"id:0.8\"." };

const scenarioFields = {
  date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Start from the interventions in force on that day." },
  enable: idList,
  disable: idList,
  effectiveness: {
    description: "Effectiveness by intervention: { \"id\": 0.5 } or [\"id=0.5\"]; switches the intervention on.",
    oneOf: [
      { type: "object", additionalProperties: { type: "number", minimum: 0, maximum: 1 } },
      { type: "array", items: { type: "string", pattern: "^[^=]+=.+$" } },
    ],
  },
  idealized: { type: "boolean" },
};

export function batchJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "chokepoint-batch-v1.schema.json",
    title: "Chokepoint batch file, version 1",
    description: "Scenarios and effectiveness sweeps for `chokepoint batch`; one result row per scenario. See docs/formats.md.",
    type: "object",
    required: ["format", "version"],
    additionalProperties: false,
    anyOf: [{ required: ["scenarios"] }, { required: ["sweeps"] }],
    properties: {
      $schema: { type: "string" },
      format: { const: BATCH_FORMAT },
      version: { const: BATCH_VERSION },
      description: { type: "string" },
      dataset: { type: "string", minLength: 1, description: "The dataset file, relative to the batch file (default: the bundled dataset)." },
      scenarios: {
        type: "array",
        items: { type: "object", additionalProperties: false, properties: { name: { type: "string", minLength: 1 }, ...scenarioFields } },
      },
      sweeps: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["intervention"],
          properties: {
            name: { type: "string", minLength: 1 },
            intervention: { type: "string", description: "The intervention whose effectiveness goes from 0 to 1 (switched on)." },
            steps: { type: "integer", minimum: 2, maximum: MAX_SWEEP_STEPS, default: 11, description: "How many evenly spaced values, 0 and 1 included." },
            base: { type: "object", additionalProperties: false, properties: scenarioFields },
          },
        },
      },
    },
  };
}
