// The pieces of JSON Schema that both the compiled yes/no check and the explaining checker need:
// what a keyword means for a value, and how a local reference is found.

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

export type SchemaObject = Exclude<JsonSchema, boolean>;

/** Keywords that describe but never constrain. */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  '$schema',
  '$id',
  '$defs',
  '$comment',
  'title',
  'description',
  'format',
  'default',
  'examples',
]);

export function unsupported(keyword: string): Error {
  return new Error(`schema-check does not support the keyword \`${keyword}\``);
}

/** Local references only (`#`, `#/$defs/name`): the manifest schema is one self-contained file. */
export function resolve(ref: unknown, root: JsonSchema): JsonSchema {
  if (typeof ref !== 'string' || !ref.startsWith('#')) {
    throw new Error(`schema-check resolves only local references, not ${String(ref)}`);
  }
  let target: unknown = root;
  for (const token of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
    target = isObject(target) && Object.hasOwn(target, key) ? target[key] : undefined;
  }
  if (typeof target !== 'boolean' && !isObject(target)) {
    throw new Error(`schema reference ${ref} points at nothing`);
  }
  return target as JsonSchema;
}

const compiled = new Map<string, RegExp>();

export function regex(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    compiled.set(pattern, re);
  }
  return re;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return typeof value === type;
  }
}

/**
 * Length in code points, as JSON Schema counts it (a surrogate pair is one character, a lone
 * surrogate one too), without building an array of the characters.
 */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** Whether a string has fewer than `limit` code points; UTF-16 length decides most cases. */
export function shorterThan(text: string, limit: number): boolean {
  if (text.length < limit) return true;
  if (text.length >= 2 * limit) return false;
  return codePointLength(text) < limit;
}

/** Whether a string has more than `limit` code points. */
export function longerThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  return codePointLength(text) > limit;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
    );
  }
  return false;
}
