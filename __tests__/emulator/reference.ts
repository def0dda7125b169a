// What the emulator is checked against: responses recorded from real GitHub (@octokit/fixtures)
// and GitHub's OpenAPI description (@octokit/openapi), read straight from their JSON files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const fixturesRoot = join(
  dirname(require.resolve('@octokit/fixtures/package.json')),
  'scenarios',
  'api.github.com',
);
const openapiFile = join(
  dirname(require.resolve('@octokit/openapi/package.json')),
  'generated',
  'api.github.com.json',
);

export interface RecordedExchange {
  method: string;
  path: string;
  status: number;
  response: unknown;
  headers: Record<string, string>;
}

export function recorded(
  scenario: string,
  method: string,
  status: number,
  pathPart: string,
): RecordedExchange {
  const all = JSON.parse(
    readFileSync(join(fixturesRoot, scenario, 'normalized-fixture.json'), 'utf8'),
  ) as RecordedExchange[];
  const found = all.find(
    (x) =>
      x.method.toLowerCase() === method.toLowerCase() &&
      x.status === status &&
      x.path.includes(pathPart),
  );
  if (!found) throw new Error(`no recorded ${method} ${pathPart} ${status} in ${scenario}`);
  return found;
}

/** Differences in shape: keys the recording has that ours lacks, and values of another JSON type. */
export function shapeDifferences(real: unknown, ours: unknown, path = '$'): string[] {
  const kind = (v: unknown): string =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  if (real === null || ours === null) return [];
  if (kind(real) !== kind(ours)) return [`${path}: recorded ${kind(real)}, ours ${kind(ours)}`];
  if (Array.isArray(real) && Array.isArray(ours)) {
    return real.length && ours.length ? shapeDifferences(real[0], ours[0], `${path}[0]`) : [];
  }
  if (kind(real) !== 'object') return [];
  const r = real as Record<string, unknown>;
  const o = ours as Record<string, unknown>;
  return Object.keys(r).flatMap((key) =>
    key in o ? shapeDifferences(r[key], o[key], `${path}.${key}`) : [`${path}.${key}: missing`],
  );
}

interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
}

let spec: { components: { schemas: Record<string, Schema> } } | undefined;

function schemas(): Record<string, Schema> {
  spec ??= JSON.parse(readFileSync(openapiFile, 'utf8')) as {
    components: { schemas: Record<string, Schema> };
  };
  return spec.components.schemas;
}

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = schemas()[name];
  if (!target) throw new Error(`unknown schema ${schema.$ref}`);
  return resolve(target);
}

function typeOk(type: string | undefined, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}

function check(raw: Schema, value: unknown, path: string, depth: number): string[] {
  const schema = resolve(raw);
  if (depth > 8) return [];
  if (value === null)
    return schema.nullable || !schema.type ? [] : [`${path}: null is not allowed`];
  if (schema.allOf) return schema.allOf.flatMap((s) => check(s, value, path, depth + 1));
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const results = alternatives.map((s) => check(s, value, path, depth + 1));
    return results.some((r) => r.length === 0)
      ? []
      : [`${path}: matches none of the alternatives (${results.flat()[0]})`];
  }
  if (!typeOk(schema.type, value))
    return [`${path}: expected ${schema.type}, got ${JSON.stringify(value)?.slice(0, 60)}`];
  if (schema.enum && !schema.enum.includes(value))
    return [`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  if (Array.isArray(value) && schema.items)
    return value.flatMap((v, i) => check(schema.items as Schema, v, `${path}[${i}]`, depth + 1));
  if (schema.type !== 'object' || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const missing = (schema.required ?? [])
    .filter((k) => !(k in object))
    .map((k) => `${path}.${k}: required but missing`);
  const props = Object.entries(schema.properties ?? {}).flatMap(([k, s]) =>
    k in object ? check(s, object[k], `${path}.${k}`, depth + 1) : [],
  );
  return [...missing, ...props];
}

/** Problems of `value` against the named schema of GitHub's OpenAPI description. */
export function schemaProblems(name: string, value: unknown): string[] {
  return check({ $ref: `#/components/schemas/${name}` }, value, '$', 0);
}
