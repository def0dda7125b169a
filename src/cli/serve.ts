// `serve`: the responder's Node server on a manifest file or URL, for trying an app against a
// manifest on this machine. It runs until Ctrl-C.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { optionsFromEnv, type ServerOptions } from '../responder/options.js';
import { stdoutSink } from '../responder/platforms/buffered-log.js';
import { startServer } from '../responder/platforms/node-server.js';
import { JSON_OPTION, text, UsageError, type CommandSpec, type ParsedArgs } from './args.js';
import { startFileServer } from './file-server.js';
import { holdLog } from './held-log.js';
import { LOCAL_FILES_PORT } from './local-manifest.js';
import { exitCodeOf, out, reportError } from './output.js';

/** Local use: reachable from this machine only unless --host says otherwise. */
const DEFAULT_HOST = '127.0.0.1';

export const serveCommand: CommandSpec = {
  name: 'serve',
  summary: 'Run the responder on a manifest file or URL',
  description:
    'Answers update checks, stats and channel requests from the manifest, as the deployed ' +
    'responder does. The other responder settings (MANIFEST_TOKEN, MANIFEST_TTL_SECONDS, ' +
    'GITHUB_TOKEN, PUBLIC_URL) are read from the environment. Stops on Ctrl-C.',
  positionals: [],
  options: {
    manifest: {
      type: 'string',
      value: 'file|url',
      help: 'The manifest (default env MANIFEST_FILE or MANIFEST_URL).',
    },
    port: {
      type: 'string',
      value: 'n',
      help: 'Port (default env PORT, else 8080; 0 picks a free one).',
    },
    host: {
      type: 'string',
      value: 'addr',
      help: `Address to listen on (default env HOST, else ${DEFAULT_HOST}).`,
    },
    files: {
      type: 'string',
      value: 'dir',
      help: "Also serve this folder's files over http, standing in for release downloads.",
    },
    'files-port': {
      type: 'string',
      value: 'n',
      help: `Port for --files (default ${LOCAL_FILES_PORT}, where bundle --manifest-out points).`,
    },
    ...JSON_OPTION,
  },
  run: runServe,
};

async function runServe(args: ParsedArgs): Promise<number> {
  try {
    const options = serverOptions(args);
    const files = filesOption(args);
    const host = options.host ?? DEFAULT_HOST;
    const log = holdLog(options.log ?? stdoutSink());
    const running = await listening('port', options.port, host, () =>
      startServer({ ...options, log: log.sink }),
    );
    const fileServer =
      files &&
      (await listening('files-port', files.port, host, () =>
        startFileServer(files.dir, files.port, host),
      ).catch(async (error: unknown) => {
        log.release();
        await running.close();
        throw error;
      }));
    if (args.json) {
      const filesUrl = fileServer?.url;
      // One line: the responder's own JSON log lines follow on stdout.
      out(
        JSON.stringify({
          url: running.url,
          update_url: `${running.url}/updates`,
          files_url: filesUrl,
        }),
      );
    } else {
      printListening(running.url, fileServer ? `${fileServer.url}/ serves ${files.dir}` : '');
    }
    log.release();
    await stopSignal();
    await Promise.all([running.close(), fileServer?.close()]);
    return 0;
  } catch (error) {
    reportError(error, args.debug);
    return exitCodeOf(error);
  }
}

/** Starts a server, turning the usual refusals to listen into what to change. */
async function listening<T>(
  flag: string,
  port: number | undefined,
  host: string,
  start: () => Promise<T>,
): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `port ${port ?? 'default'} on ${host}`;
    if (code === 'EADDRINUSE') {
      throw new UserError(
        `--${flag}: ${where} is already in use by another program. Pass --${flag} with ` +
          'another number (0 picks a free one), or stop the other program.',
      );
    }
    if (code === 'EACCES') {
      throw new UserError(
        `--${flag}: ${where} needs privileges this user lacks (ports below 1024 usually do). ` +
          `Pass --${flag} 1024 or above.`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new UserError(
        `--host: ${host} is not an address of this machine. Pass --host 127.0.0.1 (this ` +
          'machine only) or an address of one of its interfaces.',
      );
    }
    throw error;
  }
}

function filesOption(args: ParsedArgs): { dir: string; port: number } | undefined {
  const dir = text(args.values, 'files');
  if (!dir) return undefined;
  if (!existsSync(dir)) throw new UserError(`--files: ${dir} does not exist.`);
  return {
    dir,
    port: portNumber('files-port', text(args.values, 'files-port')) ?? LOCAL_FILES_PORT,
  };
}

function portNumber(flag: string, raw: string): number | undefined {
  if (!raw) return undefined;
  if (/^\d+$/.test(raw) && Number(raw) <= 65_535) return Number(raw);
  throw new UsageError(`--${flag}: ${JSON.stringify(raw)} is not a port number from 0 to 65535.`);
}

function serverOptions(args: ParsedArgs): ServerOptions {
  const manifest = text(args.values, 'manifest');
  const port = portNumber('port', text(args.values, 'port'));
  const fromEnv = optionsFromEnv({
    ...process.env,
    HOST: text(args.values, 'host') || process.env.HOST || DEFAULT_HOST,
    PORT: port === undefined ? process.env.PORT : String(port),
  });
  if (!manifest) {
    if (fromEnv.manifestFile || fromEnv.manifestUrl) return fromEnv;
    throw new UsageError(
      '--manifest: missing. Pass the manifest file, or its raw URL ' +
        '(the `manifest-url` output of publish).',
    );
  }
  const { manifestFile: _file, manifestUrl: _url, ...rest } = fromEnv;
  if (/^https?:\/\//i.test(manifest)) return { ...rest, manifestUrl: manifest };
  if (!existsSync(manifest)) {
    throw new UserError(
      `--manifest: ${manifest} does not exist. Pass a manifest file or an http(s) URL.`,
    );
  }
  return { ...rest, manifestFile: path.resolve(manifest) };
}

// One write, so a script reading the first line gets the whole block together.
function printListening(url: string, files: string): void {
  out(
    [
      `Responder listening on ${url}`,
      ...(files ? [`Files: ${files}`] : []),
      'Point the app at it in capacitor.config (plugins.CapacitorUpdater):',
      `  updateUrl   ${url}/updates`,
      `  statsUrl    ${url}/stats`,
      `  channelUrl  ${url}/channel_self`,
      `Try it: live-update-release check ${url}/updates`,
    ].join('\n'),
  );
}

function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}
