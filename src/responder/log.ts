// One JSON line per event, for any log service to chart adoption and failures. Values copied
// from requests are cut short; nothing secret is ever passed in.
import { LOGGED_STRING_LIMIT } from './limits.js';

export type LogSink = (line: string) => void;

export type LogFields = Record<string, string | number | boolean | undefined>;

export type LogValue = LogFields[string];

export interface EventLog {
  event(name: string, fields: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  /**
   * Writes the event of `shape` with its fields set to `values`, in order; the same line as
   * `event` with those fields. For events written on every request: building a line from a
   * list of values costs a fraction of walking an object's keys.
   */
  line(shape: LineShape, values: readonly LogValue[]): void;
}

/** An event name and its field names, serialised once. */
export interface LineShape {
  readonly head: string;
  /** `,"name":` for each field. */
  readonly prefixes: readonly string[];
}

/** The shape of an event whose fields are always `keys` (any of them may be undefined). */
export function lineShape(name: string, keys: readonly string[]): LineShape {
  const clash = keys.find((key) => key === 'time' || key === 'event');
  if (clash) throw new Error(`A log line cannot have a field named ${clash}.`);
  return {
    head: `"event":${JSON.stringify(name)}`,
    prefixes: keys.map((key) => `,${JSON.stringify(key)}:`),
  };
}

export function createEventLog(sink: LogSink): EventLog {
  return {
    event: (name, fields) => write(sink, `"event":${remembered(name)}`, fields, 'event'),
    warn: (message, fields = {}) =>
      write(sink, `"event":"warning","message":${JSON.stringify(message)}`, fields, 'message'),
    line: (shape, values) => {
      try {
        sink(shapedLine(shape, values));
      } catch {
        // As in `write`: the answer matters more than its log line.
      }
    },
  };
}

function shapedLine(shape: LineShape, values: readonly LogValue[]): string {
  let line = `{"time":"${isoNow()}",${shape.head}`;
  for (let i = 0; i < shape.prefixes.length; i++) {
    const value = jsonValue(values[i]);
    if (value !== undefined) line += shape.prefixes[i]! + value;
  }
  return `${line}}`;
}

function write(sink: LogSink, head: string, fields: LogFields, lastLeading: string): void {
  try {
    sink(jsonLine(head, fields, lastLeading));
  } catch {
    // A failing log sink must not turn an answer into an error.
  }
}

// The line `JSON.stringify({ time, event, [message], ...fields })` gives, built from pieces
// serialised once, since every update check writes one and its values repeat (app id, platform,
// versions, decision). The fields are named by this code, never numbered; one named like a
// leading field replaces it in place, as with the spread, so that rare case takes the spread.
function jsonLine(head: string, fields: LogFields, lastLeading: string): string {
  if (
    Object.hasOwn(fields, 'time') ||
    Object.hasOwn(fields, 'event') ||
    Object.hasOwn(fields, lastLeading)
  ) {
    const leading = JSON.parse(`{${head}}`) as LogFields;
    return JSON.stringify({ time: isoNow(), ...leading, ...fields });
  }
  let line = `{"time":"${isoNow()}",${head}`;
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue;
    const value = jsonValue(fields[key]);
    if (value !== undefined) line += `,${remembered(key)}:${value}`;
  }
  return `${line}}`;
}

/** A field value as JSON, or undefined when JSON leaves the field out. */
function jsonValue(value: unknown): string | undefined {
  if (typeof value === 'string') return remembered(value);
  if (value === true) return 'true';
  if (value === false) return 'false';
  return JSON.stringify(value);
}

const quoted = new Map<string, string>();

/** A string as JSON; the short ones a log repeats are quoted once. */
function remembered(text: string): string {
  let json = quoted.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    if (text.length <= 100) {
      if (quoted.size >= 1000) quoted.clear();
      quoted.set(text, json);
    }
  }
  return json;
}

let lastMs = Number.NaN;
let lastIso = '';

// Formatting a date costs more than the rest of the line; checks arrive many per millisecond.
function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

/** A device-sent value fit for a log line: strings only, cut to a fixed length. */
export function logged(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length > LOGGED_STRING_LIMIT ? `${value.slice(0, LOGGED_STRING_LIMIT)}…` : value;
}

export const consoleSink: LogSink = (line) => console.log(line);
