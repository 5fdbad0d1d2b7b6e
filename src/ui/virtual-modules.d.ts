// Modules the Vite config provides (vite.config.ts).

/** The text of data/default.json. */
declare module "virtual:chokepoint/default-dataset" {
  const text: string;
  export default text;
}

/** The texts of data/stories/*.json, keyed by file name without ".json". */
declare module "virtual:chokepoint/stories" {
  const texts: Readonly<Record<string, string>>;
  export default texts;
}
