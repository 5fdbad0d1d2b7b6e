import { describe, expect, it } from "vitest";
import { datasetNameOf, exportFileName, safeNamePart } from "../../src/io/file-names";

const scenario = (extra: object = {}) => ({ switches: {}, idealized: false, ...extra });

describe("export file names", () => {
  it("say the dataset, the scenario or date, and the format", () => {
    expect(exportFileName("default", scenario({ date: "2019-06-01" }), "gexf")).toBe("default_2019-06-01.gexf");
    expect(exportFileName("default", scenario(), "graphml")).toBe("default_baseline.graphml");
    expect(exportFileName("default", scenario({ date: "2019-06-01" }), "json")).toBe("default_2019-06-01.snapshot.json");
    expect(exportFileName("default", scenario({ date: "2019-06-01" }), "csv", "nodes")).toBe("default_2019-06-01_nodes.csv");
    expect(exportFileName("default", scenario({ date: "2019-06-01" }), "csv")).toBe("default_2019-06-01.zip");
    expect(exportFileName("default", scenario({ date: "2019-06-01" }), "gexf-dynamic")).toBe("default_timeline.gexf");
  });

  it("name up to two switches and idealized mode, and count more", () => {
    const two = scenario({ date: "2019-06-01", idealized: true, switches: { b: { on: false }, a: { on: true, effectiveness: 0.5 } } });
    expect(exportFileName("d", two, "svg")).toBe("d_2019-06-01_idealized_on-a_off-b.svg");
    const three = scenario({ switches: { a: { on: true }, b: { on: true }, c: { on: false } } });
    expect(exportFileName("d", three, "png")).toBe("d_baseline_3-switches.png");
    expect(exportFileName("d", scenario({ idealized: true, switches: { a: { on: true } } }), "gexf-dynamic")).toBe("d_timeline_idealized_on-a.gexf");
  });

  it("reduce any name to safe characters", () => {
    expect(safeNamePart("My Data (v2)/../x")).toBe("my-data-v2-..-x");
    expect(safeNamePart("...")).toBe("dataset");
    expect(safeNamePart("Ünïcödé")).toBe("unicode");
    expect(datasetNameOf("data/default.json")).toBe("default");
    expect(datasetNameOf("C:\\work\\x.snapshot.json")).toBe("x");
  });
});
