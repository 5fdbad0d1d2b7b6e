import { describe, expect, it } from "vitest";
import type { AnalysisResult, FromWorker, ToWorker } from "../../../src/ui/analysis/protocol";
import { SupersededError, workerRunner, type WorkerLike } from "../../../src/ui/analysis/runner";
import type { Dataset } from "../../../src/model/types";
import type { Scenario } from "../../../src/scenario/types";

/** A worker that records what it is sent and answers when the test says so. */
function fakeWorker() {
  const sent: ToWorker[] = [];
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => void sent.push(message),
    terminate: () => undefined,
  };
  const reply = (message: FromWorker) => worker.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  const analyses = () => sent.filter((m): m is Extract<ToWorker, { kind: "analyze" }> => m.kind === "analyze");
  return { worker, sent, reply, analyses };
}

const dataset = { edges: [] } as unknown as Dataset;
const scenario = (date: string): Scenario => ({ date, switches: {}, idealized: false });
const result = (throughput: number) => ({ report: { throughput: { scenario: throughput } } }) as unknown as AnalysisResult;

describe("workerRunner", () => {
  it("sends the dataset once, then one scenario at a time", async () => {
    const fake = fakeWorker();
    const runner = workerRunner(dataset, () => fake.worker);
    expect(fake.sent[0]).toEqual({ kind: "init", dataset });
    const first = runner.analyze(scenario("2019-01-01"), { attribution: true, channel: "current" });
    expect(fake.analyses()).toHaveLength(1);
    fake.reply({ kind: "result", id: fake.analyses()[0].id, result: result(1) });
    await expect(first).resolves.toEqual(result(1));
  });

  it("while busy, keeps only the latest request per channel and rejects the ones it replaced", async () => {
    const fake = fakeWorker();
    const runner = workerRunner(dataset, () => fake.worker);
    const busy = runner.analyze(scenario("2018-01-01"), { attribution: true, channel: "current" });
    const replaced = runner.analyze(scenario("2019-01-01"), { attribution: true, channel: "current" });
    const pinned = runner.analyze(scenario("2020-01-01"), { attribution: true, channel: "pinned" });
    const latest = runner.analyze(scenario("2021-01-01"), { attribution: true, channel: "current" });
    await expect(replaced).rejects.toBeInstanceOf(SupersededError);
    expect(fake.analyses()).toHaveLength(1); // nothing else sent while the worker is busy

    fake.reply({ kind: "result", id: fake.analyses()[0].id, result: result(18) });
    await expect(busy).resolves.toEqual(result(18));
    // The worker is free: the waiting requests go one by one, the other channel's untouched.
    expect(fake.analyses().map((m) => m.scenario.date)).toEqual(["2018-01-01", "2021-01-01"]);
    fake.reply({ kind: "result", id: fake.analyses()[1].id, result: result(21) });
    await expect(latest).resolves.toEqual(result(21));
    expect(fake.analyses().map((m) => m.scenario.date)).toEqual(["2018-01-01", "2021-01-01", "2020-01-01"]);
    fake.reply({ kind: "result", id: fake.analyses()[2].id, result: result(20) });
    await expect(pinned).resolves.toEqual(result(20));
  });

  it("passes the early throughput on, asks for it only when wanted, and reports worker errors", async () => {
    const fake = fakeWorker();
    const runner = workerRunner(dataset, () => fake.worker);
    const early: number[] = [];
    const request = runner.analyze(scenario("2019-01-01"), { attribution: false, channel: "current", onThroughput: (t) => early.push(t) });
    const message = fake.analyses()[0];
    expect(message.quick).toBe(true);
    fake.reply({ kind: "throughput", id: message.id, throughput: 42, elapsedMs: 1 });
    expect(early).toEqual([42]);
    fake.reply({ kind: "error", id: message.id, message: "boom" });
    await expect(request).rejects.toThrow("boom");
    void runner.analyze(scenario("2020-01-01"), { attribution: false, channel: "baseline" });
    expect(fake.analyses()[1].quick).toBe(false);
  });
});
