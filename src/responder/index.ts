// The responder's public API for code in this package (the CLI's `serve`, tests, benchmarks).
// Platform entry points live in `platforms/`; the Fetch build imports none of the Node parts.
export { createResponder } from './platforms/node-responder.js';
export { startServer, type RunningServer } from './platforms/node-server.js';
export {
  handler as lambdaHandler,
  handleLambdaEvent,
  type LambdaEvent,
} from './platforms/lambda.js';
export { createFetchHandler, handleRequest } from './platforms/fetch.js';
export { createResponderCore, type Responder } from './responder.js';
export {
  checkOptions,
  optionsFromEnv,
  DEFAULT_PORT,
  DEFAULT_TTL_SECONDS,
  type ResponderOptions,
  type ServerOptions,
} from './options.js';
export type { NeutralRequest, NeutralResponse } from './http.js';
