// The responder's configuration: the same settings as environment variables (Node server,
// Lambda) or as an options object (edge platforms pass their bindings). Read and checked once.
import { UserError } from '../errors.js';
import type { LogSink } from './log.js';
import { checkDeviceUrl } from './urls.js';

export interface ResponderOptions {
  /** A manifest file on disk, re-read when it changes (Node server and Lambda only). */
  manifestFile?: string;
  /** The manifest's raw URL, or with `manifestToken` a GitHub contents API URL. */
  manifestUrl?: string;
  manifestToken?: string;
  /** How long a fetched manifest is used before asking again (default 30). */
  ttlSeconds?: number;
  /** Reads private release assets for `delivery: proxy`. */
  githubToken?: string;
  /** The responder's own public base URL, for `delivery: proxy` download links. */
  publicUrl?: string;
  /** GitHub's REST API base (GitHub Enterprise: `https://host/api/v3`). */
  githubApiUrl?: string;
  /** Receives one JSON line per event; `console.log` by default. */
  log?: LogSink;
  fetch?: typeof fetch;
}

export interface ServerOptions extends ResponderOptions {
  port: number;
  /** Undefined listens on every interface, as hosting platforms expect. */
  host?: string;
}

export const DEFAULT_TTL_SECONDS = 30;
export const DEFAULT_PORT = 8080;
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

type Env = Record<string, string | undefined>;

/** Reads the options from environment variables (or edge bindings with the same names). */
export function optionsFromEnv(env: Env): ServerOptions {
  const options: ServerOptions = {
    manifestFile: setting(env, 'MANIFEST_FILE'),
    manifestUrl: setting(env, 'MANIFEST_URL'),
    manifestToken: setting(env, 'MANIFEST_TOKEN'),
    ttlSeconds: numberSetting(env, 'MANIFEST_TTL_SECONDS', 0, 86_400),
    githubToken: setting(env, 'GITHUB_TOKEN'),
    publicUrl: setting(env, 'PUBLIC_URL'),
    githubApiUrl: setting(env, 'GITHUB_API_URL'),
    port: numberSetting(env, 'PORT', 0, 65_535, true) ?? DEFAULT_PORT,
    host: setting(env, 'HOST'),
  };
  return dropUndefined(options);
}

/** Refuses a configuration that cannot work, naming the setting and the fix. */
export function checkOptions(options: ResponderOptions): void {
  if (!options.manifestFile && !options.manifestUrl) {
    throw new UserError(
      'Set MANIFEST_URL (the `manifest-url` output of the action) or MANIFEST_FILE (a path to the manifest JSON).',
    );
  }
  if (options.manifestFile && options.manifestUrl) {
    throw new UserError('Set MANIFEST_URL or MANIFEST_FILE, not both.');
  }
  if (options.manifestUrl) requireHttpUrl('MANIFEST_URL', options.manifestUrl);
  if (options.githubApiUrl) requireHttpUrl('GITHUB_API_URL', options.githubApiUrl);
  if (options.publicUrl) {
    const check = checkDeviceUrl(options.publicUrl);
    if (!check.ok) {
      throw new UserError(
        `PUBLIC_URL "${options.publicUrl}" ${check.problem}: set it to the https address devices reach the responder at.`,
      );
    }
  }
  const ttl = options.ttlSeconds;
  if (ttl !== undefined && (!Number.isFinite(ttl) || ttl < 0)) {
    throw new UserError(`MANIFEST_TTL_SECONDS "${ttl}" must be a number of seconds, 0 or more.`);
  }
}

function requireHttpUrl(name: string, value: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new UserError(`${name} must be an absolute http(s) URL; got "${stripQuery(value)}".`);
  }
}

// A raw URL of a private file carries its token in the query string.
function stripQuery(value: string): string {
  const index = value.indexOf('?');
  return index === -1 ? value : `${value.slice(0, index)}?…`;
}

function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function numberSetting(
  env: Env,
  name: string,
  min: number,
  max: number,
  integer = false,
): number | undefined {
  const text = setting(env, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  const pattern = integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(text) || value < min || value > max) {
    const kind = integer ? 'a whole number' : 'a number';
    throw new UserError(`${name} "${text}" must be ${kind} from ${min} to ${max}.`);
  }
  return value;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
