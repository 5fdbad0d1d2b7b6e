import { describe, expect, it } from "vitest";
import { loadView, saveView, type KeyValueStorage } from "../../../src/ui/state/autosave";

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const view = {
  scenario: { date: "2020-01-01", switches: { x: { on: true } }, idealized: false },
  layout: "force" as const,
  selection: { kind: "edge" as const, id: "e.1" },
};

describe("autosave", () => {
  it("restores the last view of the same dataset", () => {
    const storage = memoryStorage();
    saveView(storage, "default|1", view);
    expect(loadView(storage, "default|1")).toEqual(view);
  });

  it("ignores a view saved for another dataset, and garbage", () => {
    const storage = memoryStorage();
    saveView(storage, "default|1", view);
    expect(loadView(storage, "synthetic|2")).toBeUndefined();
    storage.setItem("chokepoint.autosave.v1", "{not json");
    expect(loadView(storage, "default|1")).toBeUndefined();
    storage.setItem("chokepoint.autosave.v1", JSON.stringify({ datasetKey: "default|1", scenario: "d=nope", layout: "tiered" }));
    expect(loadView(storage, "default|1")).toBeUndefined();
  });

  it("survives a storage that throws", () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(() => saveView(broken, "k", view)).not.toThrow();
    expect(loadView(broken, "k")).toBeUndefined();
  });
});
