// A compact validator for the part of JSON Schema (draft 2020-12) that the manifest schema uses.
// A full validator would not fit the edge responder's size budget, and the manifest needs little.
// An unsupported keyword throws, so the schema cannot quietly use a rule nobody checks.

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

type SchemaObject = Exclude<JsonSchema, boolean>;

/** Keywords that describe but never constrain. */
const ANNOTATIONS = new Set([
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

const MAX_ERRORS = 20;

/** Every way `value` breaks `schema`, as `path: message` lines; empty when it conforms. */
export function checkSchema(
  schema: JsonSchema,
  value: unknown,
  root: JsonSchema = schema,
): string[] {
  const errors: Problem[] = [];
  visit(schema, value, '', { root, errors });
  return errors.map(({ path, message }) => `${path === '' ? '(top level)' : path}: ${message}`);
}

interface Problem {
  path: string;
  message: string;
}

interface Context {
  root: JsonSchema;
  errors: Problem[];
}

type Rule = (
  argument: unknown,
  value: unknown,
  path: string,
  schema: SchemaObject,
  context: Context,
) => void;

function visit(schema: JsonSchema, value: unknown, path: string, context: Context): void {
  if (context.errors.length >= MAX_ERRORS) return;
  if (schema === true) return;
  if (schema === false) {
    report(context, path, 'is not allowed');
    return;
  }
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const rule = Object.hasOwn(RULES, keyword) ? RULES[keyword] : undefined;
    if (!rule) throw new Error(`schema-check does not support the keyword \`${keyword}\``);
    rule(argument, value, path, schema, context);
  }
}

function report(context: Context, path: string, message: string): void {
  if (context.errors.length < MAX_ERRORS) context.errors.push({ path, message });
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

const RULES: Record<string, Rule> = {
  $ref: (ref, value, path, _schema, context) =>
    visit(resolve(ref, context.root), value, path, context),
  type: (expected, value, path, _schema, context) => {
    const allowed = Array.isArray(expected) ? expected : [expected];
    if (!allowed.some((t) => isOfType(value, t as string))) {
      const names = allowed.map((t) => TYPE_NAMES[t as string] ?? String(t));
      report(context, path, `must be ${names.join(' or ')}, not ${describeType(value)}`);
    }
  },
  const: (expected, value, path, _schema, context) => {
    if (!deepEqual(expected, value)) report(context, path, `must be ${JSON.stringify(expected)}`);
  },
  enum: (options, value, path, _schema, context) => {
    if (!(options as unknown[]).some((o) => deepEqual(o, value))) {
      report(
        context,
        path,
        `must be one of ${(options as unknown[]).join(', ')}, not ${show(value)}`,
      );
    }
  },
  pattern: (pattern, value, path, _schema, context) => {
    if (typeof value === 'string' && !regex(pattern as string).test(value)) {
      report(context, path, `${show(value)} does not match ${pattern as string}`);
    }
  },
  minLength: (limit, value, path, _schema, context) => {
    if (typeof value === 'string' && [...value].length < (limit as number)) {
      report(context, path, limit === 1 ? 'is empty' : `is shorter than ${limit as number}`);
    }
  },
  maxLength: (limit, value, path, _schema, context) => {
    if (typeof value === 'string' && [...value].length > (limit as number)) {
      report(context, path, `is longer than ${limit as number}`);
    }
  },
  minimum: (limit, value, path, _schema, context) => {
    if (typeof value === 'number' && value < (limit as number)) {
      report(context, path, `must be at least ${limit as number}, not ${value}`);
    }
  },
  maximum: (limit, value, path, _schema, context) => {
    if (typeof value === 'number' && value > (limit as number)) {
      report(context, path, `must be at most ${limit as number}, not ${value}`);
    }
  },
  required: (keys, value, path, _schema, context) => {
    if (!isObject(value)) return;
    for (const key of keys as string[]) {
      if (!Object.hasOwn(value, key)) report(context, join(path, key), 'is missing');
    }
  },
  properties: (properties, value, path, _schema, context) => {
    if (!isObject(value)) return;
    for (const [key, schema] of Object.entries(properties as Record<string, JsonSchema>)) {
      if (Object.hasOwn(value, key)) visit(schema, value[key], join(path, key), context);
    }
  },
  patternProperties: (patterns, value, path, _schema, context) => {
    if (!isObject(value)) return;
    for (const [pattern, schema] of Object.entries(patterns as Record<string, JsonSchema>)) {
      for (const key of Object.keys(value)) {
        if (regex(pattern).test(key)) visit(schema, value[key], join(path, key), context);
      }
    }
  },
  additionalProperties: (schema, value, path, parent, context) => {
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      if (isDeclared(parent, key)) continue;
      if (schema === false) report(context, join(path, key), 'is not a known field');
      else visit(schema as JsonSchema, value[key], join(path, key), context);
    }
  },
  propertyNames: (schema, value, path, _schema, context) => {
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      const nameContext: Context = { root: context.root, errors: [] };
      visit(schema as JsonSchema, key, '', nameContext);
      const [first] = nameContext.errors;
      if (first) report(context, join(path, key), `is not a valid name: ${first.message}`);
    }
  },
  items: (schema, value, path, _schema, context) => {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => visit(schema as JsonSchema, item, `${path}[${i}]`, context));
  },
  minItems: (limit, value, path, _schema, context) => {
    if (Array.isArray(value) && value.length < (limit as number)) {
      report(context, path, `needs at least ${limit as number} item(s)`);
    }
  },
  maxItems: (limit, value, path, _schema, context) => {
    if (Array.isArray(value) && value.length > (limit as number)) {
      report(context, path, `holds more than ${limit as number} items`);
    }
  },
  uniqueItems: (unique, value, path, _schema, context) => {
    if (unique !== true || !Array.isArray(value)) return;
    const duplicate = value.findIndex((item, i) =>
      value.slice(0, i).some((o) => deepEqual(o, item)),
    );
    if (duplicate !== -1) report(context, `${path}[${duplicate}]`, 'repeats an earlier item');
  },
};

function isDeclared(schema: SchemaObject, key: string): boolean {
  const properties = schema['properties'] as Record<string, unknown> | undefined;
  if (properties && Object.hasOwn(properties, key)) return true;
  const patterns = schema['patternProperties'] as Record<string, unknown> | undefined;
  return Object.keys(patterns ?? {}).some((pattern) => regex(pattern).test(key));
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

function regex(pattern: string): RegExp {
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

function isOfType(value: unknown, type: string): boolean {
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

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${show(value)}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function deepEqual(a: unknown, b: unknown): boolean {
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
