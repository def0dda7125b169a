// The few logging calls the core modules need. The action passes `@actions/core`, the CLI a
// console logger, tests a recorder; core modules never import `@actions/core` themselves.
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export const silentLog: Log = { info() {}, warning() {}, debug() {} };
