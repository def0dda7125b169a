// Writing the manifest so that the same content always gives the same bytes: keys in the order
// the schema declares them, bundles by version precedence, channels by name. Diffs of the
// manifest branch then show only what changed.

import { manifestSchema } from './entry-checks.js';
import { isObject, resolve, type JsonSchema } from './schema-check.js';
import { compareSemVer, parseSemVer } from './semver.js';
import type { Manifest } from './types.js';

/** Two-space JSON with a trailing newline, in a stable key order. */
export function serializeManifest(m: Manifest): string {
  return `${JSON.stringify(ordered(m, manifestSchema), null, 2)}\n`;
}

function ordered(value: unknown, schema: JsonSchema | undefined): unknown {
  const node = dereference(schema);
  if (Array.isArray(value)) return value.map((item) => ordered(item, child(node, 'items')));
  if (!isObject(value)) return value;

  const properties = (child(node, 'properties') ?? {}) as Record<string, JsonSchema>;
  const declared = Object.keys(properties).filter((key) => Object.hasOwn(value, key));
  const others = Object.keys(value)
    .filter((key) => !Object.hasOwn(properties, key))
    .sort(compareKeys);
  // A prototype-free target keeps a `__proto__` key as data instead of re-parenting the object.
  const result = Object.create(null) as Record<string, unknown>;
  for (const key of declared) result[key] = ordered(value[key], properties[key]);
  for (const key of others) result[key] = ordered(value[key], child(node, 'additionalProperties'));
  return result;
}

function dereference(schema: JsonSchema | undefined): JsonSchema | undefined {
  let node = schema;
  while (isObject(node) && typeof node['$ref'] === 'string')
    node = resolve(node['$ref'], manifestSchema);
  return node;
}

function child(schema: JsonSchema | undefined, keyword: string): JsonSchema | undefined {
  return isObject(schema) ? (schema[keyword] as JsonSchema | undefined) : undefined;
}

// Version keys by precedence (1.0.9 before 1.0.10), anything else after them in byte order.
function compareKeys(a: string, b: string): number {
  const va = parseSemVer(a);
  const vb = parseSemVer(b);
  if (va && vb) return compareSemVer(va, vb) || (a < b ? -1 : a > b ? 1 : 0);
  if (va || vb) return va ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
