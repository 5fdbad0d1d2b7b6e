// Moved to src/model/seeded-random.ts with the generator.
export { Random } from "../../src/model/seeded-random";
