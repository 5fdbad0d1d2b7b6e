import { describe, expect, it } from "vitest";
import type { ImportResult } from "../../../src/io/import/import-result";
import { FilesWorkerError, startExport, startImport, type FilesWorkerLike, type JobStep } from "../../../src/ui/files/files-job";
import type { ExportedFile, ExportRequest, FromFilesWorker, ToFilesWorker } from "../../../src/ui/files/protocol";

/** A worker that records what it is sent and answers when the test says so. */
function fakeWorker() {
  const sent: ToFilesWorker[] = [];
  let terminated = 0;
  const worker: FilesWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => void sent.push(message),
    terminate: () => void terminated++,
  };
  const reply = (message: FromFilesWorker) => worker.onmessage?.({ data: message } as MessageEvent<FromFilesWorker>);
  return { worker, sent, reply, terminated: () => terminated };
}

/** Settles within a few turns of the event loop, or says "pending". */
async function settled<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown } | "pending"> {
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<"pending">((resolve) => setTimeout(() => resolve("pending"), 20)),
  ]);
}

const failure: ImportResult = { ok: false, format: "gexf", problems: [{ kind: "xml-syntax", file: "a.gexf", line: 3, column: 9, message: "bad" }] };
const file = (name: string) => ({ name }) as File;

describe("a files job", () => {
  it("sends the files, passes the steps on, resolves with the result and ends the worker", async () => {
    const fake = fakeWorker();
    const steps: JobStep[] = [];
    const job = startImport([file("a.gexf")], (step) => steps.push(step), () => fake.worker);
    expect(fake.sent).toEqual([{ kind: "import", files: [file("a.gexf")] }]);
    fake.reply({ kind: "progress", step: "reading" });
    fake.reply({ kind: "progress", step: "parsing" });
    expect(fake.terminated()).toBe(0);
    fake.reply({ kind: "imported", result: failure });
    await expect(job.done).resolves.toEqual(failure);
    expect(steps).toEqual(["reading", "parsing"]);
    expect(fake.terminated()).toBe(1);
  });

  it("an export resolves with the file; an unexpected failure is a typed error", async () => {
    const fake = fakeWorker();
    const request = { format: "gexf" } as ExportRequest;
    const job = startExport(request, () => undefined, () => fake.worker);
    expect(fake.sent).toEqual([{ kind: "export", request }]);
    const exported: ExportedFile = { fileName: "d_baseline.gexf", mimeType: "application/gexf+xml", bytes: new Uint8Array([60]) };
    fake.reply({ kind: "exported", file: exported });
    await expect(job.done).resolves.toEqual(exported);

    const broken = fakeWorker();
    const failing = startExport(request, () => undefined, () => broken.worker);
    broken.reply({ kind: "failed", message: "out of memory" });
    const outcome = await settled(failing.done);
    expect(outcome).not.toBe("pending");
    expect((outcome as { error: unknown }).error).toBeInstanceOf(FilesWorkerError);
    expect(((outcome as { error: FilesWorkerError }).error).kind).toBe("files-worker");
    expect(broken.terminated()).toBe(1);

    const crashed = fakeWorker();
    const crashing = startImport([file("x.json")], () => undefined, () => crashed.worker);
    crashed.worker.onerror?.({ message: "script error" } as ErrorEvent);
    await expect(crashing.done).rejects.toBeInstanceOf(FilesWorkerError);
  });

  it("once cancelled, ends the worker and never settles, whatever the worker says afterwards", async () => {
    const fake = fakeWorker();
    const steps: JobStep[] = [];
    const job = startImport([file("a.gexf")], (step) => steps.push(step), () => fake.worker);
    job.cancel();
    expect(fake.terminated()).toBe(1);
    fake.reply({ kind: "progress", step: "parsing" });
    fake.reply({ kind: "imported", result: failure });
    expect(await settled(job.done)).toBe("pending");
    expect(steps).toEqual([]);
    job.cancel();
    expect(fake.terminated()).toBe(1);
  });
});
