/**
 * The files worker: imports (read the picked files, parse, build, validate: the io
 * layer's importFiles) and data exports (export-content.ts) run here, so a 10^5-edge
 * file never freezes the page. One job per worker; the app ends the worker afterwards
 * (or earlier, to cancel).
 */
import { importFiles, type ImportFile } from "../../io/import/import-files";
import { exportContent } from "./export-content";
import type { FromFilesWorker, ToFilesWorker } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToFilesWorker>) => void) | null;
  postMessage(message: FromFilesWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

async function readFiles(files: readonly File[]): Promise<ImportFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

async function run(message: ToFilesWorker): Promise<void> {
  switch (message.kind) {
    case "import": {
      scope.postMessage({ kind: "progress", step: "reading" });
      const files = await readFiles(message.files);
      const result = importFiles(files, { onProgress: (step) => scope.postMessage({ kind: "progress", step }) });
      scope.postMessage({ kind: "imported", result });
      return;
    }
    case "export": {
      const file = exportContent(message.request, (step) => scope.postMessage({ kind: "progress", step }));
      scope.postMessage({ kind: "exported", file }, [file.bytes.buffer as ArrayBuffer]);
      return;
    }
  }
}

scope.onmessage = (event) => {
  run(event.data).catch((error: unknown) => {
    scope.postMessage({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  });
};
