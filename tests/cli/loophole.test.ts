// The acceptance checks, on a small dataset shaped like the default one (the real
// data/default.json is checked the same way in default-dataset.test.ts): the 2019 class-wide
// scheduling changes the direct China -> US mail channel, while precursors from China to
// Mexico are still legal in June 2019 (the loophole).
import { describe, expect, it } from "vitest";
import type { ScenarioReport } from "../../src/cli/scenario-report";
import { acting, cooperation, edge, enable, event, makeDataset, node } from "../support/dataset-builder";
import { runCli, tempFolder } from "./support";

const loophole = makeDataset({
  nodes: [
    node("cn-suppliers", "producer", "CN"),
    node("cn-fentanyl-makers", "lab", "CN"),
    node("cn-post", "forwarder", "CN"),
    node("us-mail", "port", "US"),
    node("mx-broker", "broker", "MX"),
    node("mx-lab", "lab", "MX"),
    node("nogales", "crossing", "MX"),
    node("us-market", "market", "US"),
  ],
  edges: [
    edge("cn-makers-npp", "cn-suppliers", "cn-fentanyl-makers", { commodity: "npp" }),
    edge("cn-post-pow", "cn-fentanyl-makers", "cn-post", { commodity: "fentanyl", status: "controlled", capacity: 30 }),
    edge("cn-us-mail-pow", "cn-post", "us-mail", { commodity: "fentanyl", mode: "mail", status: "controlled", capacity: 30 }),
    edge("us-mail-market", "us-mail", "us-market", { commodity: "fentanyl", status: "illicit", capacity: 30 }),
    edge("cn-mx-4ap", "cn-suppliers", "mx-broker", { commodity: "4-ap", capacity: 500 }),
    edge("mx-broker-lab-4ap", "mx-broker", "mx-lab", { commodity: "4-ap", capacity: 500, mode: "road" }),
    edge("mx-lab-nogales", "mx-lab", "nogales", { commodity: "fentanyl", status: "illicit", capacity: 200, mode: "road" }),
    edge("nogales-market", "nogales", "us-market", { commodity: "fentanyl", status: "illicit", capacity: 200, mode: "road" }),
  ],
  interventions: [
    acting("cn-npp-2018", { commodities: ["npp"], originJurisdictions: ["CN"] }, { effect: { kind: "retag", status: "controlled" }, effectiveness: 0.7 }),
    acting(
      "cn-class-2019",
      { commodities: ["fentanyl"], originJurisdictions: ["CN"] },
      { effect: { kind: "retag", status: "illicit" }, effectiveness: 0.8 },
    ),
    acting("stop-act", { modes: ["mail"], destinationJurisdictions: ["US"] }, { kind: "mail", actor: "US", effectiveness: 0.2 }),
    cooperation("us-cn", { "cn-npp-2018": 0.3, "cn-class-2019": 0.3 }, { effectiveness: 0.5 }),
  ],
  events: [
    event("2016-01-01", [enable("us-cn")], "period-start"),
    event("2018-02-01", [enable("cn-npp-2018")], "cn-npp"),
    event("2018-10-24", [enable("stop-act")], "stop-act"),
    event("2019-05-01", [enable("cn-class-2019")], "cn-class"),
  ],
});

const folder = tempFolder({ "loophole.json": loophole });

async function at(date: string): Promise<ScenarioReport> {
  const run = await runCli(["scenario", "loophole.json", "--date", date, "--format", "json"], folder);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as ScenarioReport;
}

function edgeOf(report: ScenarioReport, id: string): ScenarioReport["edges"][number] {
  const found = report.edges.find((e) => e.id === id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
}

describe("the precursor loophole, on a small dataset shaped like the default one", () => {
  it("2018-06-01 and 2019-06-01 differ on the direct China -> US mail channel", async () => {
    const before = edgeOf(await at("2018-06-01"), "cn-us-mail-pow");
    const after = edgeOf(await at("2019-06-01"), "cn-us-mail-pow");
    expect(before.status.now).toBe("controlled");
    expect(before.openCapacity.now).toBe(30);
    expect(after.status.now).toBe("illicit");
    // class-wide 0.8 raised by cooperation 0.3 x 0.5 -> 0.83; then STOP Act 0.2
    expect(after.openCapacity.now).toBeCloseTo(30 * (1 - 0.83) * 0.8, 9);
    expect(after.changes.map((c) => c.intervention)).toEqual(["cn-class-2019", "stop-act"]);
  });

  it("on 2019-06-01 precursor edges from China to Mexico are still legal and open", async () => {
    const june2019 = await at("2019-06-01");
    const chinaToMexico = june2019.edges.filter((e) => e.source === "cn-suppliers" && e.target.startsWith("mx-"));
    expect(chinaToMexico.length).toBeGreaterThan(0);
    for (const e of chinaToMexico) {
      expect(e.status.now).toBe("legal");
      expect(e.openCapacity.now).toBe(e.openCapacity.baseline);
    }
    expect(june2019.markets).toEqual([expect.objectContaining({ id: "us-market", reachable: true })]);
  });

  it("the text output shows the same", async () => {
    const run = await runCli(["scenario", "loophole.json", "--date", "2019-06-01"], folder);
    expect(run.stdout).toMatch(/cn-us-mail-pow\s+cn-post -> us-mail\s+fentanyl\s+controlled -> illicit\s+30 -> 4.08\s+cn-class-2019, stop-act/);
    expect(run.stdout).toMatch(/cn-mx-4ap\s+cn-suppliers -> mx-broker\s+4-ap\s+legal\s+500\n/);
  });
});
