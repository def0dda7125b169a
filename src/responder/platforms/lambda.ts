// The responder as a Lambda-style handler: AWS Lambda behind API Gateway (REST v1 or HTTP v2
// payloads) or a function URL, and Netlify Functions. Configured from the environment once per
// container, so the manifest stays loaded between invocations.
import type { NeutralRequest, NeutralResponse } from '../http.js';
import { optionsFromEnv } from '../options.js';
import { consoleSink, createEventLog } from '../log.js';
import { misconfiguredResponse, type Responder } from '../responder.js';
import { createResponder } from './node-responder.js';

/** The fields of API Gateway v1/v2 and function URL events that the responder reads. */
export interface LambdaEvent {
  /** v2 and function URLs. */
  rawPath?: string;
  rawQueryString?: string;
  /** v1 (and Netlify). */
  path?: string;
  httpMethod?: string;
  requestContext?: { http?: { method?: string } };
  headers?: Record<string, string | undefined> | null;
  queryStringParameters?: Record<string, string | undefined> | null;
  body?: string | null;
  isBase64Encoded?: boolean;
}

export interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

let shared: Responder | undefined;

export async function handler(event: LambdaEvent): Promise<LambdaResult> {
  try {
    shared ??= createResponder(optionsFromEnv(process.env));
  } catch (cause) {
    return toResult(misconfiguredResponse(cause, createEventLog(consoleSink)));
  }
  return handleLambdaEvent(shared, event);
}

/** Answers one event with a given responder (tests and custom wrappers). */
export async function handleLambdaEvent(
  responder: Responder,
  event: LambdaEvent,
): Promise<LambdaResult> {
  return toResult(await responder.handle(toRequest(event)));
}

export function toRequest(event: LambdaEvent): NeutralRequest {
  const method = (event.requestContext?.http?.method ?? event.httpMethod ?? 'GET').toUpperCase();
  const raw = event.body ?? '';
  return {
    method,
    path: event.rawPath ?? event.path ?? '/',
    query: queryOf(event),
    headers: lowerCaseHeaders(event.headers),
    body: event.isBase64Encoded ? new Uint8Array(Buffer.from(raw, 'base64')) : raw,
  };
}

function queryOf(event: LambdaEvent): Record<string, string> {
  if (typeof event.rawQueryString === 'string') {
    return Object.fromEntries(new URLSearchParams(event.rawQueryString));
  }
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (typeof value === 'string') query[key] = value;
  }
  return query;
}

function lowerCaseHeaders(headers: LambdaEvent['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === 'string') result[name.toLowerCase()] = value;
  }
  return result;
}

function toResult(response: NeutralResponse): LambdaResult {
  return {
    statusCode: response.status,
    headers: response.headers,
    body: response.body,
    isBase64Encoded: false,
  };
}
