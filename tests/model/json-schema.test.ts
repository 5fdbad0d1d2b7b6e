import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetJsonSchema } from "../../src/model/json-schema";

describe("schema/dataset-v1.schema.json", () => {
  it("matches the schema the TypeScript types are inferred from (run `npm run schema` if not)", () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, "../../schema/dataset-v1.schema.json"), "utf8"));
    expect(committed).toEqual(datasetJsonSchema());
  });
});
