// The responder for Node hosts (server, Lambda): the core plus manifest files on disk.
import { createResponderCore, type Responder } from '../responder.js';
import type { ResponderOptions } from '../options.js';
import { createFileLoader } from './file-loader.js';

export function createResponder(options: ResponderOptions): Responder {
  return createResponderCore(options, { fileLoader: createFileLoader });
}
