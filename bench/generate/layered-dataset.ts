// The generator moved to src/model/synthetic.ts (the app's `?synthetic=` mode uses it too).
export * from "../../src/model/synthetic";
