// A compact validator for the part of JSON Schema (draft 2020-12) that the manifest schema uses.
// A full validator would not fit the edge responder's size budget, and the manifest needs little.
// An unsupported keyword throws, so the schema cannot quietly use a rule nobody checks.
//
// Each schema is compiled once into closures, which run in one of two ways: asked only whether a
// value conforms, they stop at the first failure and build no path or message, which is how
// nearly every entry of a large manifest is checked; asked for errors, they list every failure.
// Subschemas compile when first reached, so an unsupported keyword throws where a walk of the
// schema would meet it.
import {
  ANNOTATIONS,
  deepEqual,
  isObject,
  isOfType,
  longerThan,
  regex,
  resolve,
  shorterThan,
  unsupported,
  type JsonSchema,
  type SchemaObject,
} from './schema-values.js';

export { isObject, resolve, type JsonSchema } from './schema-values.js';

const MAX_ERRORS = 20;

/** Every way `value` breaks `schema`, as `path: message` lines; empty when it conforms. */
export function checkSchema(
  schema: JsonSchema,
  value: unknown,
  root: JsonSchema = schema,
): string[] {
  const check = lazy(schema, root);
  if (check(value, '', undefined)) return [];
  const errors: Problem[] = [];
  check(value, '', errors);
  return errors.map(({ path, message }) => `${path === '' ? '(top level)' : path}: ${message}`);
}

interface Problem {
  path: string;
  message: string;
}

/** Without `errors`, only whether `value` conforms; with it, every failure is added there. */
type Check = (value: unknown, path: string, errors: Problem[] | undefined) => boolean;

/** Records a failure (while fewer than the maximum are recorded); always false. */
function report(errors: Problem[] | undefined, path: string, message: string): false {
  if (errors && errors.length < MAX_ERRORS) errors.push({ path, message });
  return false;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

const compiledByRoot = new WeakMap<object, WeakMap<object, Check>>();

/** The check of `schema`, compiled when first run; past the error limit it stops looking. */
function lazy(schema: JsonSchema, root: JsonSchema): Check {
  let check: Check | undefined;
  return (value, path, errors) => {
    if (errors && errors.length >= MAX_ERRORS) return false;
    check ??= compiled(schema, root);
    return check(value, path, errors);
  };
}

function compiled(schema: JsonSchema, root: JsonSchema): Check {
  if (schema === true) return () => true;
  if (schema === false) return (_value, path, errors) => report(errors, path, 'is not allowed');
  if (typeof schema !== 'object' || schema === null || typeof root !== 'object' || !root) {
    return compile(schema, root);
  }
  let cache = compiledByRoot.get(root);
  if (!cache) compiledByRoot.set(root, (cache = new WeakMap()));
  let check = cache.get(schema);
  if (!check) cache.set(schema, (check = compile(schema, root)));
  return check;
}

function compile(schema: SchemaObject, root: JsonSchema): Check {
  const checks: Check[] = [];
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const make = Object.hasOwn(KEYWORDS, keyword) ? KEYWORDS[keyword] : undefined;
    if (!make) throw unsupported(keyword);
    checks.push(make(argument, schema, root));
  }
  if (checks.length === 1) return checks[0]!;
  return (value, path, errors) => {
    let ok = true;
    for (let i = 0; i < checks.length; i++) {
      if (!checks[i]!(value, path, errors)) {
        if (!errors) return false;
        ok = false;
      }
    }
    return ok;
  };
}

type Keyword = (argument: unknown, schema: SchemaObject, root: JsonSchema) => Check;

const KEYWORDS: Record<string, Keyword> = {
  $ref: (ref, _schema, root) => {
    let target: Check | undefined;
    return (value, path, errors) =>
      (target ??= lazy(resolve(ref, root), root))(value, path, errors);
  },
  type: (expected) => {
    const allowed = (Array.isArray(expected) ? expected : [expected]) as string[];
    const names = allowed.map((t) => TYPE_NAMES[t] ?? String(t)).join(' or ');
    return (value, path, errors) =>
      allowed.some((t) => isOfType(value, t)) ||
      report(errors, path, `must be ${names}, not ${describeType(value)}`);
  },
  const: (expected) => (value, path, errors) =>
    deepEqual(expected, value) || report(errors, path, `must be ${JSON.stringify(expected)}`),
  enum: (argument) => {
    const options = argument as unknown[];
    return (value, path, errors) =>
      options.some((o) => deepEqual(o, value)) ||
      report(errors, path, `must be one of ${options.join(', ')}, not ${show(value)}`);
  },
  pattern: (pattern) => {
    const re = regex(pattern as string);
    return (value, path, errors) =>
      typeof value !== 'string' ||
      re.test(value) ||
      report(errors, path, `${show(value)} does not match ${pattern as string}`);
  },
  minLength: (argument) => {
    const limit = argument as number;
    const message = limit === 1 ? 'is empty' : `is shorter than ${limit}`;
    return (value, path, errors) =>
      typeof value !== 'string' || !shorterThan(value, limit) || report(errors, path, message);
  },
  maxLength: (argument) => {
    const limit = argument as number;
    return (value, path, errors) =>
      typeof value !== 'string' ||
      !longerThan(value, limit) ||
      report(errors, path, `is longer than ${limit}`);
  },
  minimum: (argument) => {
    const limit = argument as number;
    return (value, path, errors) =>
      typeof value !== 'number' ||
      !(value < limit) ||
      report(errors, path, `must be at least ${limit}, not ${value}`);
  },
  maximum: (argument) => {
    const limit = argument as number;
    return (value, path, errors) =>
      typeof value !== 'number' ||
      !(value > limit) ||
      report(errors, path, `must be at most ${limit}, not ${value}`);
  },
  required: (argument) => {
    const keys = argument as string[];
    return (value, path, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (const key of keys) {
        if (Object.hasOwn(value, key)) continue;
        ok = report(errors, join(path, key), 'is missing');
        if (!errors) return false;
      }
      return ok;
    };
  },
  properties: (properties, _schema, root) => {
    const entries = Object.entries(properties as Record<string, JsonSchema>);
    const keys = entries.map(([key]) => key);
    const checks = entries.map(([, schema]) => lazy(schema, root));
    return (value, path, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (!Object.hasOwn(value, key)) continue;
        if (!checks[i]!(value[key], errors ? join(path, key) : '', errors)) {
          if (!errors) return false;
          ok = false;
        }
      }
      return ok;
    };
  },
  patternProperties: (patterns, _schema, root) => {
    const entries = Object.entries(patterns as Record<string, JsonSchema>).map(
      ([pattern, schema]): [RegExp, Check] => [regex(pattern), lazy(schema, root)],
    );
    return (value, path, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (const [re, check] of entries) {
        for (const key of Object.keys(value)) {
          if (!re.test(key) || check(value[key], errors ? join(path, key) : '', errors)) continue;
          if (!errors) return false;
          ok = false;
        }
      }
      return ok;
    };
  },
  additionalProperties: (additional, schema, root) => {
    const declared = declaredKeys(schema);
    const check = additional === false ? undefined : lazy(additional as JsonSchema, root);
    return (value, path, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (const key of Object.keys(value)) {
        if (declared(key)) continue;
        const fits = check
          ? check(value[key], errors ? join(path, key) : '', errors)
          : report(errors, join(path, key), 'is not a known field');
        if (fits) continue;
        if (!errors) return false;
        ok = false;
      }
      return ok;
    };
  },
  propertyNames: (names, _schema, root) => {
    const check = lazy(names as JsonSchema, root);
    return (value, path, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (const key of Object.keys(value)) {
        const nameErrors: Problem[] | undefined = errors ? [] : undefined;
        if (check(key, '', nameErrors)) continue;
        if (!errors) return false;
        ok = false;
        const [first] = nameErrors!;
        if (first) report(errors, join(path, key), `is not a valid name: ${first.message}`);
      }
      return ok;
    };
  },
  items: (items, _schema, root) => {
    const check = lazy(items as JsonSchema, root);
    return (value, path, errors) => {
      if (!Array.isArray(value)) return true;
      let ok = true;
      for (let i = 0; i < value.length; i++) {
        if (!(i in value) || check(value[i], errors ? `${path}[${i}]` : '', errors)) continue;
        if (!errors) return false;
        ok = false;
      }
      return ok;
    };
  },
  minItems: (argument) => {
    const limit = argument as number;
    return (value, path, errors) =>
      !Array.isArray(value) ||
      !(value.length < limit) ||
      report(errors, path, `needs at least ${limit} item(s)`);
  },
  maxItems: (argument) => {
    const limit = argument as number;
    return (value, path, errors) =>
      !Array.isArray(value) ||
      !(value.length > limit) ||
      report(errors, path, `holds more than ${limit} items`);
  },
  uniqueItems: (unique) => (value, path, errors) => {
    if (unique !== true || !Array.isArray(value)) return true;
    const repeated = firstRepeat(value);
    return repeated === -1 || report(errors, `${path}[${repeated}]`, 'repeats an earlier item');
  },
};

function firstRepeat(items: unknown[]): number {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (deepEqual(items[j], items[i])) return i;
  }
  return -1;
}

/** Whether `properties` or `patternProperties` of the schema already cover a key. */
function declaredKeys(schema: SchemaObject): (key: string) => boolean {
  const properties = schema['properties'] as Record<string, unknown> | undefined;
  const patterns = Object.keys((schema['patternProperties'] as object | undefined) ?? {});
  const res = patterns.map((pattern) => regex(pattern));
  return (key) =>
    (properties ? Object.hasOwn(properties, key) : false) || res.some((re) => re.test(key));
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
