// Judges an update-check answer the way the plugin reads it (protocol section 2). Pure: the
// same text always gives the same verdicts.
import { checkDeviceUrl } from '../responder/urls.js';
import { fail, ok, warn, type Step } from './check-steps.js';
import { escapeControl, hasControlCharacters } from './terminal-text.js';

export interface UpdateOffer {
  version: string;
  url: string;
  checksum: string;
  session_key: string;
}

export type ReplyVerdict =
  | { kind: 'update'; offer: UpdateOffer; steps: Step[] }
  | { kind: 'builtin' | 'no_update' | 'invalid'; steps: Step[] };

type Json = Record<string, unknown>;

const NO_UPDATE_KINDS = ['up_to_date', 'blocked', 'failed'];
const SESSION_KEY = /^[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$/;

export function checkReply(status: number, text: string): ReplyVerdict {
  const excerpt = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  if (status !== 200) {
    return invalid(`HTTP ${status} (${excerpt}); the plugin expects 200 with a JSON object`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalid(`not JSON: ${excerpt}`);
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return invalid(`${excerpt} is not a JSON object`);
  }
  const nullAt = findNull(body);
  if (nullAt) return invalid(`holds a JSON null at ${nullAt}; Android crashes on null fields`);
  const json = body as Json;
  // Android reads the mere presence of `error` or `kind` as "no update".
  if ('error' in json || 'kind' in json) return noUpdate(json);
  if (json.version === 'builtin' && !('url' in json)) {
    return {
      kind: 'builtin',
      steps: [ok('reply', 'back to the bundle shipped in the app (builtin)')],
    };
  }
  return update(json);
}

function invalid(detail: string): ReplyVerdict {
  return { kind: 'invalid', steps: [fail('reply', detail)] };
}

function noUpdate(json: Json): ReplyVerdict {
  const problems: string[] = [];
  if ('url' in json)
    problems.push('carries a url next to error/kind, so devices never download it');
  if (!NO_UPDATE_KINDS.includes(json.kind as string)) {
    problems.push(
      `kind ${JSON.stringify(json.kind ?? null)} is not up_to_date, blocked or failed; ` +
        'plugins from 8.45.11 count it as a failed download',
    );
  }
  if (!nonEmpty(json.error))
    problems.push('error must be a non-empty string (older plugins key on it)');
  if (!nonEmpty(json.message))
    problems.push('message must be a non-empty string (the oldest plugins key on it)');
  if (problems.length > 0) return { kind: 'invalid', steps: problems.map((p) => fail('reply', p)) };

  const what = `${String(json.kind)}: ${String(json.error)} (${String(json.message)})`;
  const step =
    json.kind === 'up_to_date'
      ? ok('reply', `no update, ${what}`)
      : json.kind === 'blocked'
        ? warn('reply', `refused, ${what}`)
        : fail('reply', `the responder reports a problem, ${what}`);
  return { kind: 'no_update', steps: [step] };
}

function update(json: Json): ReplyVerdict {
  const problems = [
    ...requiredFields(json),
    ...controlCharacters(json),
    ...forbiddenKeys(json),
    ...extraFields(json),
  ];
  if (problems.length > 0) return { kind: 'invalid', steps: problems.map((p) => fail('reply', p)) };
  const offer = json as unknown as UpdateOffer;
  const steps = [
    ok('reply', `update ${offer.version} offered${offer.session_key ? ' (encrypted)' : ''}`),
    urlStep(offer.url),
    checksumStep(offer),
  ];
  return { kind: 'update', offer, steps };
}

function requiredFields(json: Json): string[] {
  const problems = ['version', 'url', 'checksum']
    .filter((field) => !nonEmpty(json[field]))
    .map((field) => `${field} must be a non-empty string`);
  if (typeof json.session_key !== 'string') {
    problems.push(
      'session_key must be a string ("" for plain bundles); Android crashes without it',
    );
  }
  return problems;
}

// A version names a folder on the device and the url is fetched as is: control characters in
// either are never valid, and they would reach terminals and logs.
function controlCharacters(json: Json): string[] {
  return ['version', 'url']
    .filter((field) => typeof json[field] === 'string' && hasControlCharacters(json[field]))
    .map(
      (field) => `${field} ${escapeControl(JSON.stringify(json[field]))} holds control characters`,
    );
}

function forbiddenKeys(json: Json): string[] {
  return 'message' in json ? ['a success must not carry message: getLatest() rejects it'] : [];
}

// iOS decodes with strict types: one mistyped extra breaks the whole answer.
function extraFields(json: Json): string[] {
  const problems: string[] = [];
  for (const field of ['link', 'comment']) {
    if (field in json && typeof json[field] !== 'string')
      problems.push(`${field} must be a string`);
  }
  if ('breaking' in json && typeof json.breaking !== 'boolean')
    problems.push('breaking must be a boolean');
  if ('data' in json) {
    const data = json.data;
    const strings =
      !!data &&
      typeof data === 'object' &&
      !Array.isArray(data) &&
      Object.values(data).every((v) => typeof v === 'string');
    if (!strings) problems.push('data must be an object of strings');
  }
  return problems;
}

function urlStep(url: string): Step {
  const check = checkDeviceUrl(url);
  if (!check.ok) return fail('url', `${url} ${check.problem}`);
  if (check.loopbackHttp)
    return warn('url', `${url} is plain http: fine on this machine, devices need https`);
  return ok('url', url);
}

function checksumStep(offer: UpdateOffer): Step {
  const { checksum, session_key: sessionKey } = offer;
  if (sessionKey) {
    if (
      !SESSION_KEY.test(sessionKey) ||
      Buffer.from(sessionKey.split(':')[0]!, 'base64').length !== 16
    ) {
      return fail('checksum', 'session_key is not base64(16-byte IV):base64(encrypted AES key)');
    }
    if (/^[0-9a-f]{512}$/.test(checksum)) return ok('checksum', 'encrypted form (512 hex)');
    return fail(
      'checksum',
      `an encrypted bundle needs the 512-hex RSA form; got ${checksum.length} characters ` +
        '(plugins 5.30+/6.30+/7.30+/8.x reject the old base64 form)',
    );
  }
  if (/^[0-9a-f]{64}$/.test(checksum)) return ok('checksum', 'SHA-256 (64 lowercase hex)');
  if (/^[0-9a-fA-F]{8}$/.test(checksum))
    return fail(
      'checksum',
      `${checksum} looks like CRC32, which current plugins reject; send the SHA-256`,
    );
  if (/^[0-9A-F]{64}$/i.test(checksum))
    return fail('checksum', 'must be lowercase hex: devices compare it case-sensitively');
  return fail(
    'checksum',
    `expected 64 lowercase hex characters (SHA-256), got ${JSON.stringify(checksum.slice(0, 80))}`,
  );
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function findNull(value: unknown, at = '$'): string | undefined {
  if (value === null) return at;
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findNull(child, Array.isArray(value) ? `${at}[${key}]` : `${at}.${key}`);
    if (found) return found;
  }
  return undefined;
}
