// Modules the Vite config provides (vite.config.ts).

/** The text of data/default.json. */
declare module "virtual:chokepoint/default-dataset" {
  const text: string;
  export default text;
}
