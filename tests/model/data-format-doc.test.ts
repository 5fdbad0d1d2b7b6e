// docs/data-format.md must stay true: its full example is a valid dataset, and it
// documents every error kind.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASET_ERROR_KINDS } from "../../src/model/dataset-errors";
import { validateDataset } from "../../src/model/validate";

const doc = readFileSync(join(__dirname, "../../docs/data-format.md"), "utf8");

describe("docs/data-format.md", () => {
  it("ends with an example that is a valid dataset", () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]);
    const example = JSON.parse(blocks[blocks.length - 1]);
    expect(validateDataset(example)).toEqual([]);
  });

  it("documents every error kind", () => {
    const undocumented = DATASET_ERROR_KINDS.filter((kind) => !doc.includes(`\`${kind}\``));
    expect(undocumented).toEqual([]);
  });
});
