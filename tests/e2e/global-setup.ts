// Builds the app once (as `npm run build` does) and serves dist/ on a free local port for
// the end-to-end tests. Set CHOKEPOINT_E2E_SKIP_BUILD=1 to reuse an existing dist/.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

/**
 * Vitest runs with NODE_ENV=test, which Vite would pass on to the bundle (React's
 * development build, several times slower): build as `npm run build` does.
 */
async function buildForProduction(): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root, logLevel: "warn", mode: "production" });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

export default async function setup(project: TestProject) {
  const skip = process.env.CHOKEPOINT_E2E_SKIP_BUILD === "1" && existsSync(resolve(root, "dist/index.html"));
  if (!skip) await buildForProduction();
  const server = await preview({ root, logLevel: "warn", preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("e2e: the preview server has no TCP address");
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
