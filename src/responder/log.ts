// One JSON line per event, for any log service to chart adoption and failures. Values copied
// from requests are cut short; nothing secret is ever passed in.
import { LOGGED_STRING_LIMIT } from './limits.js';

export type LogSink = (line: string) => void;

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface EventLog {
  event(name: string, fields: LogFields): void;
  warn(message: string, fields?: LogFields): void;
}

export function createEventLog(sink: LogSink): EventLog {
  return {
    event: (name, fields) => write(sink, `"event":${remembered(name)}`, fields, 'event'),
    warn: (message, fields = {}) =>
      write(sink, `"event":"warning","message":${JSON.stringify(message)}`, fields, 'message'),
  };
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
