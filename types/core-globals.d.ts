// The pure layers compile without DOM or Node typings (see tsconfig.core.json) so that
// they cannot reach for `document`, `window` or `fs`. The few host APIs that exist in
// every JavaScript runtime we target (Node 20, browsers, Web Workers) are declared here.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare const performance: { now(): number };
declare const console: {
  log(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
};
