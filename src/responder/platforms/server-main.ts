// `node dist/responder/server.js`: the responder configured from the environment.
import { UserError } from '../../errors.js';
import { createEventLog } from '../log.js';
import { optionsFromEnv } from '../options.js';
import { stdoutSink, stdoutWritten } from './buffered-log.js';
import { startServer } from './node-server.js';

/** How long a stop waits for a lagging log reader to take the last lines. */
const LOG_DRAIN_LIMIT_MS = 2000;

async function main(): Promise<void> {
  const options = optionsFromEnv(process.env);
  const running = await startServer(options);
  const log = createEventLog(options.log ?? stdoutSink());
  log.event('listening', { url: running.url });

  const stop = (signal: string) => {
    log.event('stopping', { signal });
    void running
      .close()
      .then(() => stdoutWritten(LOG_DRAIN_LIMIT_MS))
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message =
    error instanceof UserError
      ? error.message
      : `The responder could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(message);
  process.exit(1);
});
