// `bundle <path>`: publish's first step alone, with no network. It builds and checks the zip,
// hashes and optionally encrypts it, and shows what publish would upload and record, so a team
// can try a build folder before CI does. With --manifest-out it also records the bundle in a
// manifest on disk, for `serve` and `check` to try it the way a device would.
import { statSync } from 'node:fs';
import path from 'node:path';
import { findCapacitorAppId, resolvePublishVersion } from '../action/defaults.js';
import { prepareBundle, type PreparedBundle } from '../action/prepare.js';
import type { Log } from '../log.js';
import { assertAppId } from '../manifest/names.js';
import type { BundleEntry } from '../manifest/types.js';
import { inCliWords } from './action-wording.js';
import { booleanText, JSON_OPTION, text, UsageError } from './args.js';
import type { CommandSpec, ParsedArgs } from './args.js';
import { readKeyInput, type KeyInput } from './key-input.js';
import { writeFileAtomic } from './atomic-write.js';
import {
  localBundleUrl,
  planLocalRecord,
  saveLocalRecord,
  type LocalRecord,
} from './local-manifest.js';
import { consoleLog, exitCodeOf, out, printFields, printJson, reportError } from './output.js';
import { workspaceFor } from './run-context.js';

export const bundleCommand: CommandSpec = {
  name: 'bundle',
  summary: 'Build, check, hash and optionally encrypt a web folder locally',
  description:
    'Zips the folder as publish would (index.html at the root, notifyAppReady present), prints ' +
    'the version, size, sha256, the checksum devices receive and the manifest entry publish ' +
    'would write (empty fields are filled in by publish). No network.',
  positionals: [{ name: 'path', required: true }],
  options: {
    version: {
      type: 'string',
      value: 'semver',
      help: 'Bundle version (default: the nearest package.json).',
    },
    'encryption-key-file': {
      type: 'string',
      value: 'file',
      help: 'RSA-2048 private key PEM (or env LIVE_UPDATE_PRIVATE_KEY): encrypt as publish would.',
    },
    out: {
      type: 'string',
      value: 'file.zip',
      help: 'Write the bytes publish would upload (the ciphertext when encrypted).',
    },
    'native-versions': {
      type: 'string',
      value: 'range',
      help: 'Semver range of native app versions, recorded in the entry.',
    },
    'require-notify-app-ready': {
      type: 'string',
      value: 'true|false',
      help: 'Refuse a bundle with no notifyAppReady (default true).',
    },
    'manifest-out': {
      type: 'string',
      value: 'file',
      help: 'Record the bundle in this local manifest (created if missing), for `serve`.',
    },
    url: {
      type: 'string',
      value: 'url',
      help: 'Where devices download --out, for --manifest-out (default: `serve --files`).',
    },
    channel: {
      type: 'string',
      value: 'name',
      help: 'The channel --manifest-out moves (default production).',
    },
    'app-id': {
      type: 'string',
      value: 'id',
      help: 'App id for --manifest-out (default: capacitor.config).',
    },
    ...JSON_OPTION,
  },
  run: runBundle,
};

async function runBundle(args: ParsedArgs): Promise<number> {
  let key: KeyInput | undefined;
  const flagFor = (input: string) =>
    input === 'encryption-key' && key ? key.source : input === 'path' ? '<path>' : `--${input}`;
  try {
    const typedPath = args.positionals[0]!;
    const manifestOut = text(args.values, 'manifest-out');
    const url = downloadUrl(args, manifestOut);
    key = readKeyInput(text(args.values, 'encryption-key-file'), process.env);
    const { prepared, appId } = await buildFromFolder(typedPath, args, key);
    const outFile = text(args.values, 'out');
    const report = bundleReport(prepared, { appId, outFile, url, args });

    // The manifest decides first: a refused or repeated version must not replace the zip the
    // manifest already points at (an encrypted re-run has a new session key).
    const record = manifestOut
      ? planLocalRecord(manifestOut, report.manifest_entry, {
          appId: report.app_id,
          channel: text(args.values, 'channel') || 'production',
        })
      : undefined;
    if (record && !record.changed) keepRecorded(report, record);
    else if (outFile) writeFileAtomic(outFile, prepared.payload.data);
    if (record) {
      saveLocalRecord(manifestOut, record);
      report.manifest = { file: manifestOut, summary: record.summary, changed: record.changed };
    }

    if (args.json) printJson(report);
    else printReport(report);
    return 0;
  } catch (error) {
    reportError(error, args.debug, flagFor);
    return exitCodeOf(error);
  }
}

/**
 * Runs publish's first step on the folder as the user typed it, so every message and hint names
 * paths relative to where they stand; package.json and capacitor.config are still looked up to
 * the folder's workspace, as publish does.
 */
async function buildFromFolder(typedPath: string, args: ParsedArgs, key: KeyInput | undefined) {
  const cwd = process.cwd();
  refuseFile(typedPath, cwd);
  const folder = path.resolve(cwd, typedPath);
  const workspace = workspaceFor(typedPath, process.env, cwd);
  const log = consoleLog(args.debug);
  const version = resolvePublishVersion(text(args.values, 'version'), undefined, folder, workspace);
  log.info(`Version ${version.version} (from ${inCliWords(version.source)}).`);
  const prepared = await prepareBundle(
    {
      path: typedPath,
      version: version.version,
      tag: '',
      encryptionKey: key?.pem ?? '',
      nativeVersions: text(args.values, 'native-versions'),
      requireNotifyAppReady: booleanText(args.values, 'require-notify-app-ready', true),
    },
    // Resolving the typed path against the working directory finds the folder it names.
    { workspace: cwd },
    withoutVersionLine(log),
  );
  const appId = text(args.values, 'app-id') || findCapacitorAppId(folder, workspace);
  // publish refuses an id devices could not send; a local manifest must not accept it either.
  if (appId) assertAppId(appId, 'app-id');
  return { prepared, appId };
}

// The version was resolved above against the real workspace; prepare would only repeat it.
function withoutVersionLine(log: Log): Log {
  return { ...log, info: (line) => (line.startsWith('Version ') ? undefined : log.info(line)) };
}

function refuseFile(typedPath: string, cwd: string): void {
  const found = statSync(path.resolve(cwd, typedPath), { throwIfNoEntry: false });
  if (!found || found.isDirectory()) return;
  const parent = path.dirname(typedPath);
  throw new UsageError(
    `<path>: \`${typedPath}\` is a file; pass the folder holding index.html, ` +
      `e.g. ${parent === '.' ? '.' : parent}.`,
  );
}

// The manifest already holds this version with the same content: its entry, and the zip it
// points at, stay as they are; the report shows what is recorded.
function keepRecorded(report: BundleReport, record: LocalRecord): void {
  const { entry } = record;
  report.manifest_entry = entry;
  report.checksum = entry.checksum;
  report.session_key = entry.session_key;
  report.size = entry.size;
  if (report.out) {
    report.kept = report.out;
    delete report.out;
  }
}

function downloadUrl(args: ParsedArgs, manifestOut: string): string {
  const url = text(args.values, 'url');
  if (url || !manifestOut) return url;
  const outFile = text(args.values, 'out');
  if (!outFile) {
    throw new UsageError('--manifest-out: needs --out (the file devices download) or --url.');
  }
  return localBundleUrl(outFile);
}

interface BundleReport {
  version: string;
  app_id?: string;
  files: number;
  /** Bytes publish uploads: the ciphertext when encrypted. */
  size: number;
  zip_size: number;
  sha256: string;
  checksum: string;
  session_key: string;
  key_id?: string;
  encrypted: boolean;
  out?: string;
  /** --out, left as it is because the manifest already records this version. */
  kept?: string;
  manifest_entry: BundleEntry;
  manifest?: { file: string; summary: string; changed: boolean };
}

interface ReportContext {
  appId: string | undefined;
  outFile: string;
  url: string;
  args: ParsedArgs;
}

function bundleReport(prepared: PreparedBundle, context: ReportContext): BundleReport {
  const { bundle, payload } = prepared;
  const nativeVersions = text(context.args.values, 'native-versions');
  // Empty strings mark what only publish knows, as the manifest schema allows.
  const entry: BundleEntry = {
    version: prepared.version,
    url: context.url,
    checksum: payload.checksum,
    session_key: payload.sessionKey,
    sha256: bundle.sha256,
    size: payload.data.length,
    ...(payload.keyId ? { key_id: payload.keyId } : {}),
    ...(nativeVersions ? { native_versions: nativeVersions } : {}),
    platforms: ['ios', 'android'],
    tag: prepared.tag,
    release_url: '',
    repository: '',
    asset_name: '',
    asset_id: 0,
    delivery: 'direct',
    created_at: '',
    commit: '',
    files: bundle.files,
  };
  return {
    version: prepared.version,
    ...(context.appId ? { app_id: context.appId } : {}),
    files: bundle.files,
    size: payload.data.length,
    zip_size: bundle.size,
    sha256: bundle.sha256,
    checksum: payload.checksum,
    session_key: payload.sessionKey,
    ...(payload.keyId ? { key_id: payload.keyId } : {}),
    encrypted: !!payload.keyId,
    ...(context.outFile ? { out: context.outFile } : {}),
    manifest_entry: entry,
  };
}

function printReport(report: BundleReport): void {
  out(`Bundle ${report.version}${report.app_id ? ` for ${report.app_id}` : ''}: ready to publish.`);
  printFields([
    ['files', report.files],
    [
      'size',
      report.encrypted
        ? `${report.size} bytes (zip ${report.zip_size} bytes before encryption)`
        : `${report.size} bytes`,
    ],
    ['sha256', `${report.sha256} (plain zip)`],
    ['checksum', report.checksum],
    ['session_key', report.encrypted ? report.session_key : '"" (plain bundle)'],
    ['key_id', report.key_id],
    ['written to', report.out],
    ['left as is', report.kept && `${report.kept} (the manifest already records this content)`],
  ]);
  out();
  out('Manifest entry publish would write (it fills in the empty fields):');
  out(JSON.stringify(report.manifest_entry, null, 2));
  if (report.manifest) out(`\n${report.manifest.file}: ${report.manifest.summary}`);
}
