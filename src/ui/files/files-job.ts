/**
 * Runs one import or export in its own files worker (files.worker.ts), reporting progress,
 * and ends the worker when the job settles or is cancelled. A cancelled job neither
 * resolves nor rejects: nothing the user has stopped can change the app afterwards.
 */
import type { ImportResult } from "../../io/import/import-result";
import type { ExportedFile, ExportRequest, FromFilesWorker, ToFilesWorker } from "./protocol";

export type JobStep = Extract<FromFilesWorker, { kind: "progress" }>["step"];

export interface FilesJob<T> {
  readonly done: Promise<T>;
  cancel(): void;
}

/** The part of a Worker a job uses (tests pass a fake). */
export interface FilesWorkerLike {
  onmessage: ((event: MessageEvent<FromFilesWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ToFilesWorker): void;
  terminate(): void;
}

/** An unexpected failure of the worker (not a problem in the file: those are results). */
export class FilesWorkerError extends Error {
  readonly kind = "files-worker";
}

function filesWorker(): FilesWorkerLike {
  return new Worker(new URL("./files.worker.ts", import.meta.url), { type: "module", name: "chokepoint-files" });
}

function runJob<T>(
  message: ToFilesWorker,
  answer: (message: FromFilesWorker) => T | undefined,
  onStep: (step: JobStep) => void,
  createWorker: () => FilesWorkerLike,
): FilesJob<T> {
  const worker = createWorker();
  let settled = false;
  const done = new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      settle();
    };
    worker.onmessage = (event) => {
      const data = event.data;
      if (settled) return;
      if (data.kind === "progress") return onStep(data.step);
      if (data.kind === "failed") return finish(() => reject(new FilesWorkerError(data.message)));
      const value = answer(data);
      if (value !== undefined) finish(() => resolve(value));
    };
    worker.onerror = (event) => finish(() => reject(new FilesWorkerError(event.message || "the files worker stopped")));
  });
  worker.postMessage(message);
  return {
    done,
    cancel() {
      if (settled) return;
      settled = true;
      worker.terminate();
    },
  };
}

export function startImport(files: readonly File[], onStep: (step: JobStep) => void, createWorker = filesWorker): FilesJob<ImportResult> {
  return runJob({ kind: "import", files }, (m) => (m.kind === "imported" ? m.result : undefined), onStep, createWorker);
}

export function startExport(request: ExportRequest, onStep: (step: JobStep) => void, createWorker = filesWorker): FilesJob<ExportedFile> {
  return runJob({ kind: "export", request }, (m) => (m.kind === "exported" ? m.file : undefined), onStep, createWorker);
}
