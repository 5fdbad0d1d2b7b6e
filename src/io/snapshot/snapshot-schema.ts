/**
 * The JSON Schema of the native snapshot format, version 1 (snapshot-types.ts), written
 * out as schema/snapshot-v1.schema.json by `npm run schema`; tests/io/snapshot-schema.test.ts
 * fails when the committed file drifts and checks real exports against it.
 *
 * Plain JSON Schema (2020-12) rather than TypeBox: the io layer imports no schema library.
 * The dataset part is the dataset format's own schema (src/model/schema.ts), embedded.
 * The report is the analysis report (src/analysis/report-types.ts): its headline figures
 * are described and required; further keys are allowed, as the report may grow.
 */
import { datasetJsonSchema } from "../../model/json-schema";
import { LEGAL_STATUSES } from "../../model/vocabulary";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "./snapshot-types";

type Schema = Readonly<Record<string, unknown>>;

const number: Schema = { type: "number" };
const nonNegative: Schema = { type: "number", minimum: 0 };
const fraction: Schema = { type: "number", minimum: 0, maximum: 1 };
const text: Schema = { type: "string" };
const boolean: Schema = { type: "boolean" };
const id: Schema = { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*$" };
const status: Schema = { enum: [...LEGAL_STATUSES] };
/** Route counts are decimal strings: they can exceed what a JSON number holds exactly. */
const count: Schema = { type: "string", pattern: "^(0|[1-9][0-9]*)$" };

function object(properties: Readonly<Record<string, Schema>>, required: readonly string[] = Object.keys(properties), closed = true): Schema {
  return { type: "object", required: [...required], properties, ...(closed ? { additionalProperties: false } : {}) };
}

function array(items: Schema): Schema {
  return { type: "array", items };
}

const scenarioSchema = object(
  {
    date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Start from the interventions in force on that day." },
    switches: {
      type: "object",
      description: "Overrides by intervention id, applied after the date.",
      additionalProperties: object({ on: boolean, effectiveness: fraction }, ["on"]),
    },
    idealized: boolean,
  },
  ["switches", "idealized"],
);

const activeInterventionSchema = object(
  {
    id,
    index: { type: "integer", minimum: 0 },
    effectiveness: fraction,
    baseEffectiveness: fraction,
    boostedBy: array(object({ cooperation: id, boost: number })),
    reason: {
      oneOf: [object({ kind: { const: "event" }, event: id }), object({ kind: { const: "switch" }, overridesEvent: id }, ["kind"])],
    },
  },
  undefined,
);

const routeProperties = {
  edges: array(id),
  nodes: array(id),
  commodities: array(id),
  statuses: array(status),
  lab: { anyOf: [id, { type: "null" }] },
  bottleneck: nonNegative,
  loophole: boolean,
};

const reportSchema = object(
  {
    format: { const: "chokepoint-analysis" },
    version: { type: "integer" },
    throughput: object({ baseline: nonNegative, scenario: nonNegative, unit: text }),
    paths: object({ baseline: count, surviving: count, top: array(object(routeProperties, undefined, false)) }),
    markets: array(object({ id, supplied: boolean, inflow: number }, undefined, false)),
    labs: array(object({ id, output: number, recipes: array(object({ id, runs: boolean, missing: array(id) }, undefined, false)) }, undefined, false)),
    minCut: array({ type: "object", required: ["kind", "capacity"] }),
    loopholeShare: fraction,
    licitLoss: object({ lost: nonNegative, baseline: nonNegative, share: fraction, unit: text, edges: array({ type: "object" }) }, undefined, false),
    attribution: array({ type: "object", required: ["intervention", "enabled", "throughputDelta"] }),
    chokepoints: array(object({ id, kind: text }, undefined, false)),
  },
  ["format", "version", "throughput", "paths", "markets", "labs", "minCut", "loopholeShare", "licitLoss", "attribution", "chokepoints"],
  false,
);

const nodeStateSchema = object(
  {
    id,
    survived: boolean,
    chokepoint: boolean,
    flowIn: number,
    flowOut: number,
    position: object({ x: number, y: number }),
  },
  ["id", "survived", "chokepoint", "flowIn", "flowOut"],
);

const edgeChangeSchema = object({
  intervention: id,
  effect: { enum: ["retag", "reduce", "close"] },
  capacityFactor: fraction,
  statusBefore: status,
  statusAfter: status,
  reason: text,
});

const edgeStateSchema = object({
  id,
  status,
  openCapacity: nonNegative,
  flow: number,
  survived: boolean,
  closed: boolean,
  changes: array(edgeChangeSchema),
});

export function snapshotJsonSchema(): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...dataset } = datasetJsonSchema();
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "chokepoint-snapshot-v1.schema.json",
    title: "Chokepoint snapshot, version 1",
    description:
      "A dataset, one scenario and the analysis under it. Importing keeps `dataset` and `scenario` and recomputes the rest. See docs/formats.md.",
    ...object(
      {
        $schema: text,
        format: { const: SNAPSHOT_FORMAT },
        version: { const: SNAPSHOT_VERSION },
        name: { type: "string", minLength: 1 },
        dataset,
        scenario: scenarioSchema,
        interventions: array(activeInterventionSchema),
        report: reportSchema,
        nodes: array(nodeStateSchema),
        edges: array(edgeStateSchema),
      },
      ["format", "version", "name", "dataset", "scenario", "interventions", "report", "nodes", "edges"],
    ),
  };
}
