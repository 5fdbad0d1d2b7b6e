import { readdirSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The bundled default dataset, as text, under a virtual module id: the app parses and
 * validates it like any file (src/ui/app/load.ts), and data/ stays outside src/'s layers.
 * Imported lazily, it becomes its own chunk; in dev, editing data/default.json reloads.
 */
const DEFAULT_DATASET_MODULE = "virtual:chokepoint/default-dataset";

function defaultDataset(): Plugin {
  const resolvedId = `\0${DEFAULT_DATASET_MODULE}`;
  const file = resolve(import.meta.dirname, "data/default.json");
  return {
    name: "chokepoint-default-dataset",
    resolveId: (source) => (source === DEFAULT_DATASET_MODULE ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(file);
      return `export default ${JSON.stringify(readFileSync(file, "utf8"))};`;
    },
  };
}

/**
 * The bundled instructor stories (data/stories/*.json), as texts keyed by file name
 * (`precursor-loophole`), under a virtual module: the app validates them against the
 * dataset like an imported story. Imported lazily, they load only when a story is opened.
 */
const STORIES_MODULE = "virtual:chokepoint/stories";

function bundledStories(): Plugin {
  const resolvedId = `\0${STORIES_MODULE}`;
  const folder = resolve(import.meta.dirname, "data/stories");
  return {
    name: "chokepoint-stories",
    resolveId: (source) => (source === STORIES_MODULE ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const files = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
      const texts: Record<string, string> = {};
      for (const name of files) {
        const file = resolve(folder, name);
        this.addWatchFile(file);
        texts[basename(name, ".json")] = readFileSync(file, "utf8");
      }
      return `export default ${JSON.stringify(texts)};`;
    },
  };
}

/**
 * index.html carries the app's strict Content-Security-Policy. The dev server needs more
 * (React Refresh injects an inline script, CSS is injected as <style> tags, hot reload uses
 * a websocket), so in `vite` (serve) only, this plugin widens exactly those directives.
 * `vite build` leaves the policy as written, and the e2e tests run the built app under it.
 */
function devServerCsp(): Plugin {
  return {
    name: "chokepoint-dev-csp",
    apply: "serve",
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

// The app is a static site: `npm run build` writes dist/, which any static server (or
// `npm run preview`) serves offline; there is no backend.
export default defineConfig({
  base: "./",
  plugins: [react(), devServerCsp(), defaultDataset(), bundledStories()],
  build: {
    target: "es2022",
    sourcemap: true,
  },
  worker: {
    format: "es",
  },
});
