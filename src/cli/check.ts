// `check <responder-url>`: asks a responder for an update as a device would, and follows the
// answer through to an installed bundle: reply shape, URL, download, decryption, checksum, zip.
// Exit code 1 when any step would fail on a device.
import { findCapacitorAppId } from '../action/defaults.js';
import { JSON_OPTION, text, UsageError, type CommandSpec, type ParsedArgs } from './args.js';
import { downloadLikeDevice, verifyBundle } from './check-bundle.js';
import { checkReply, type ReplyVerdict } from './check-reply.js';
import {
  DEFAULT_PLUGIN_VERSION,
  MAX_REPLY_BYTES,
  readPublicKey,
  sendUpdateCheck,
  updateCheckRequest,
  type DeviceOptions,
  type DevicePlatform,
} from './check-request.js';
import { BodyTooLargeError, describeBytes } from './capped-body.js';
import { fail, failed, ok, type Step } from './check-steps.js';
import { fetchFailureReason } from './fetch-failure.js';
import { printSteps } from './check-report.js';
import { exitCodeOf, printJson, reportError } from './output.js';

/** The plugin's default `responseTimeout`. */
const DEFAULT_TIMEOUT_SECONDS = 20;
/** iOS gives a whole download this much longer than the response timeout. */
const DOWNLOAD_GRACE_SECONDS = 5;

export const checkCommand: CommandSpec = {
  name: 'check',
  summary: 'Send a device-shaped update check to a responder and verify the answer',
  description:
    "POSTs an update check shaped like the plugin's to <responder-url> (the app's updateUrl), " +
    'checks the reply as a device reads it, downloads the bundle, verifies its checksum ' +
    '(decrypting with --public-key-file when it is encrypted) and its zip layout.',
  positionals: [{ name: 'responder-url', required: true }],
  options: {
    'app-id': {
      type: 'string',
      value: 'id',
      help: 'The app id (default: appId in ./capacitor.config).',
    },
    'version-name': {
      type: 'string',
      value: 'name',
      help: 'Bundle the device runs (default builtin).',
    },
    'version-build': {
      type: 'string',
      value: 'semver',
      help: 'Native app version (default 1.0.0).',
    },
    platform: { type: 'string', value: 'android|ios', help: 'Default android.' },
    channel: {
      type: 'string',
      value: 'name',
      help: 'The channel the app chose (defaultChannel; default none).',
    },
    'device-id': { type: 'string', value: 'uuid', help: 'Default: a new random id.' },
    'plugin-version': {
      type: 'string',
      value: 'semver',
      help: `Default ${DEFAULT_PLUGIN_VERSION}.`,
    },
    'public-key-file': {
      type: 'string',
      value: 'file',
      help: "The app's public key: sends key_id and decrypts encrypted bundles.",
    },
    'expect-version': {
      type: 'string',
      value: 'name',
      help: 'Fail unless the reply offers this version (or builtin).',
    },
    timeout: {
      type: 'string',
      value: 'seconds',
      help: `The plugin's responseTimeout (default ${DEFAULT_TIMEOUT_SECONDS}).`,
    },
    ...JSON_OPTION,
  },
  run: runCheck,
};

async function runCheck(args: ParsedArgs): Promise<number> {
  try {
    const url = responderUrl(args.positionals[0]!);
    const timeoutMs = timeoutSeconds(args) * 1000;
    const device = deviceOptions(args);
    const request = updateCheckRequest(device);
    const { steps, verdict, reply } = await checkLikeDevice(
      url,
      request,
      device,
      timeoutMs,
      text(args.values, 'expect-version'),
    );
    if (args.json) printJson({ ok: !failed(steps), request: { url, ...request }, reply, steps });
    else printSteps(device, request.body, steps, verdict);
    return failed(steps) ? 1 : 0;
  } catch (error) {
    reportError(error, args.debug);
    return exitCodeOf(error);
  }
}

async function checkLikeDevice(
  url: string,
  request: ReturnType<typeof updateCheckRequest>,
  device: DeviceOptions,
  timeoutMs: number,
  expectVersion: string,
): Promise<{ steps: Step[]; verdict?: ReplyVerdict; reply?: { status: number; body: unknown } }> {
  let sent: Awaited<ReturnType<typeof sendUpdateCheck>>;
  try {
    sent = await sendUpdateCheck(url, request, timeoutMs);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      const limit = describeBytes(MAX_REPLY_BYTES);
      return {
        steps: [fail('reply', `too large (${error.message}); a reply must stay under ${limit}`)],
      };
    }
    return {
      steps: [fail('request', `POST ${url}: ${fetchFailureReason(error, url, timeoutMs)}`)],
    };
  }
  const steps = [ok('request', `POST ${url} answered ${sent.status} in ${sent.ms} ms`)];
  const verdict = checkReply(sent.status, sent.text);
  steps.push(...verdict.steps);
  if (expectVersion) steps.push(expectStep(verdict, expectVersion));
  if (verdict.kind === 'update' && !failed(steps)) {
    const download = await downloadLikeDevice(
      verdict.offer.url,
      timeoutMs + DOWNLOAD_GRACE_SECONDS * 1000,
    );
    steps.push(download.step);
    if (download.data) {
      steps.push(...verifyBundle(download.data, verdict.offer, device.publicKeyPem));
    }
  }
  return { steps, verdict, reply: { status: sent.status, body: parsedOrText(sent.text) } };
}

function expectStep(verdict: ReplyVerdict, expected: string): Step {
  const offered =
    verdict.kind === 'update'
      ? verdict.offer.version
      : verdict.kind === 'builtin'
        ? 'builtin'
        : undefined;
  return offered === expected
    ? ok('expect', `${expected} offered, as expected`)
    : fail('expect', `expected ${expected}, but the reply offers ${offered ?? 'no update'}`);
}

function deviceOptions(args: ParsedArgs): DeviceOptions {
  const platform = text(args.values, 'platform') || 'android';
  if (platform !== 'android' && platform !== 'ios') {
    throw new UsageError(`--platform: ${JSON.stringify(platform)} is not android or ios.`);
  }
  const appId = text(args.values, 'app-id') || findCapacitorAppId(process.cwd(), process.cwd());
  if (!appId) {
    throw new UsageError(
      '--app-id: missing, and no capacitor.config with an appId here. ' +
        'Pass --app-id com.example.app.',
    );
  }
  const keyFile = text(args.values, 'public-key-file');
  return {
    appId,
    platform: platform as DevicePlatform,
    versionName: text(args.values, 'version-name') || 'builtin',
    versionBuild: text(args.values, 'version-build') || '1.0.0',
    channel: text(args.values, 'channel'),
    deviceId: text(args.values, 'device-id'),
    pluginVersion: text(args.values, 'plugin-version') || DEFAULT_PLUGIN_VERSION,
    publicKeyPem: keyFile ? readPublicKey(keyFile) : undefined,
  };
}

function responderUrl(raw: string): string {
  if (/^https?:\/\/[^/]/i.test(raw) && URL.canParse(raw)) return raw;
  throw new UsageError(
    `<responder-url>: ${JSON.stringify(raw)} is not an http(s) URL; pass the app's updateUrl.`,
  );
}

function timeoutSeconds(args: ParsedArgs): number {
  const raw = text(args.values, 'timeout');
  if (!raw) return DEFAULT_TIMEOUT_SECONDS;
  const value = Number(raw);
  if (Number.isFinite(value) && value > 0) return value;
  throw new UsageError(`--timeout: ${JSON.stringify(raw)} is not a number of seconds above 0.`);
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
