// Runs requests through the platform-neutral core, as every adapter does.
import type { Manifest } from '../../../src/manifest/types.js';
import { parseManifest } from '../../../src/manifest/parse.js';
import { compileManifest, type CompiledManifest } from '../../../src/responder/compile.js';
import { createEventLog } from '../../../src/responder/log.js';
import { answerUpdateCheck } from '../../../src/responder/update-check.js';

export interface Reply {
  status: number;
  json: Record<string, unknown>;
  text: string;
}

export function compile(
  manifest: Manifest | string,
  options: { publicUrl?: string; canProxy?: boolean } = {},
): CompiledManifest {
  const text = typeof manifest === 'string' ? manifest : JSON.stringify(manifest);
  return compileManifest(parseManifest(text), { canProxy: false, ...options });
}

export const logLines: string[] = [];
const log = createEventLog((line) => logLines.push(line));

/** The update-check reply for one body against a compiled manifest. */
export function check(manifest: CompiledManifest | undefined, body: unknown): Reply {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = answerUpdateCheck(text, manifest, log);
  return { status: response.status, json: JSON.parse(response.body), text: response.body };
}

/** Fails when any value anywhere in a reply is a JSON null. */
export function expectNoNull(text: string): void {
  if (/\bnull\b/.test(text)) {
    const parsed: unknown = JSON.parse(text);
    const walk = (value: unknown): void => {
      if (value === null) throw new Error(`a reply holds null: ${text}`);
      if (typeof value === 'object') Object.values(value as object).forEach(walk);
    };
    walk(parsed);
  }
}
