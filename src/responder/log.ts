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
  const write = (fields: LogFields) => {
    try {
      sink(JSON.stringify({ time: new Date().toISOString(), ...fields }));
    } catch {
      // A failing log sink must not turn an answer into an error.
    }
  };
  return {
    event: (name, fields) => write({ event: name, ...fields }),
    warn: (message, fields = {}) => write({ event: 'warning', message, ...fields }),
  };
}

/** A device-sent value fit for a log line: strings only, cut to a fixed length. */
export function logged(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length > LOGGED_STRING_LIMIT ? `${value.slice(0, LOGGED_STRING_LIMIT)}…` : value;
}

export const consoleSink: LogSink = (line) => console.log(line);
