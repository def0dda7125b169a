// Responders on a manifest file in a temporary folder, and requests in the neutral shape.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Manifest } from '../../../src/manifest/types.js';
import type { NeutralRequest } from '../../../src/responder/http.js';
import type { ResponderOptions } from '../../../src/responder/options.js';
import { createResponder } from '../../../src/responder/platforms/node-responder.js';
import type { Responder } from '../../../src/responder/responder.js';

export interface TestResponder {
  responder: Responder;
  file: string;
  logs: string[];
  write(manifest: Manifest | string): void;
  call(request: Partial<NeutralRequest> & { json?: unknown }): Promise<CallResult>;
}

export interface CallResult {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'responder-test-'));
}

export function fileResponder(
  manifest: Manifest | string,
  options: Partial<ResponderOptions> = {},
): TestResponder {
  const file = path.join(tempDir(), 'manifest.json');
  const write = (value: Manifest | string) =>
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  write(manifest);
  const logs: string[] = [];
  const responder = createResponder({
    manifestFile: file,
    ttlSeconds: 0,
    log: (line) => logs.push(line),
    ...options,
  });
  return { responder, file, logs, write, call: (request) => call(responder, request) };
}

export async function call(
  responder: Responder,
  request: Partial<NeutralRequest> & { json?: unknown },
): Promise<CallResult> {
  const { json, ...rest } = request;
  const response = await responder.handle({
    method: 'POST',
    path: '/updates',
    query: {},
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: json === undefined ? '' : JSON.stringify(json),
    ...rest,
  });
  return {
    status: response.status,
    headers: response.headers,
    text: response.body,
    json: JSON.parse(response.body),
  };
}

export function parsedLogs(logs: string[]): Array<Record<string, unknown>> {
  return logs.map((line) => JSON.parse(line) as Record<string, unknown>);
}
