// Reads a request body as JSON without trusting it: size first, then syntax, then shape.
// Every refusal is a 400 with a JSON body the plugin understands; nothing here can throw.
import { failed, type RefusalReply } from './replies.js';

export type JsonObject = Record<string, unknown>;

export type BodyResult<T> = { ok: true; value: T } | { ok: false; reply: RefusalReply };

/** The fields every update check and channel call carries (protocol section 1). */
export const REQUIRED_FIELDS = [
  'app_id',
  'device_id',
  'platform',
  'version_name',
  'version_build',
] as const;

/**
 * A body's fields, read by name. JSON.parse makes every key an own property and none of these
 * names is on Object.prototype, so a plain read sees only what the device sent; reading each by
 * its own name keeps the reads fast, where one read by a varying key went through a hash lookup
 * on every check.
 */
export type SentFields = Partial<Record<string, unknown>>;

const decoder = new TextDecoder('utf-8');

/** Whether a body is over `limit` bytes, without encoding a string when its length decides. */
export function overLimit(body: Uint8Array | string, limit: number): boolean {
  if (typeof body !== 'string') return body.byteLength > limit;
  if (body.length > limit) return true;
  if (body.length * 3 <= limit) return false;
  return new TextEncoder().encode(body).byteLength > limit;
}

/** Parses a body that must be a JSON object or, when `allowArray`, an array. */
export function parseJsonBody(
  body: Uint8Array | string,
  limit: number,
  allowArray = false,
): BodyResult<JsonObject | unknown[]> {
  if (overLimit(body, limit)) {
    return refuse('body_too_large', `The request body is over the ${limit}-byte limit.`);
  }
  const text = typeof body === 'string' ? body : decoder.decode(body);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('invalid_json', 'The request body is not valid JSON.');
  }
  if (Array.isArray(value) && allowArray) return { ok: true, value };
  if (isJsonObject(value)) return { ok: true, value };
  const expected = allowArray ? 'a JSON object or array' : 'a JSON object';
  return refuse('invalid_json', `The request body must be ${expected}.`);
}

/** Parses an update check or channel call: a JSON object with the plugin's required fields. */
export function parseDeviceBody(body: Uint8Array | string, limit: number): BodyResult<JsonObject> {
  const parsed = parseJsonBody(body, limit);
  if (!parsed.ok) return parsed;
  const object = parsed.value as JsonObject;
  const problem = missingField(object);
  return problem ? refuse('missing_info', problem) : { ok: true, value: object };
}

export function missingField(object: JsonObject): string | undefined {
  const sent: SentFields = object;
  if (!filled(sent.app_id)) return mustBeText('app_id');
  if (!filled(sent.device_id)) return mustBeText('device_id');
  if (!filled(sent.platform)) return mustBeText('platform');
  if (!filled(sent.version_name)) return mustBeText('version_name');
  if (!filled(sent.version_build)) return mustBeText('version_build');
  return undefined;
}

const mustBeText = (field: (typeof REQUIRED_FIELDS)[number]) =>
  `The field \`${field}\` must be a non-empty string.`;

const filled = (value: unknown): boolean => typeof value === 'string' && value !== '';

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only, so keys like `__proto__` or `constructor` are plain data. */
export function ownValue(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function ownString(object: JsonObject, key: string): string | undefined {
  const value = ownValue(object, key);
  return typeof value === 'string' ? value : undefined;
}

function refuse(error: string, message: string): { ok: false; reply: RefusalReply } {
  return { ok: false, reply: failed(error, message) };
}
