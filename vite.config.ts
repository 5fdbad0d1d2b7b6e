import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The app is a static site: `npm run build` writes dist/, which any static server (or
// `npm run preview`) serves offline; there is no backend.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: {
    target: "es2022",
    sourcemap: true,
  },
  worker: {
    format: "es",
  },
});
