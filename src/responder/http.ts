// The platform-neutral shape of a request and a reply. Each platform adapter (Node server,
// Lambda, Fetch API) converts to and from these, so every route behaves the same everywhere.

export interface NeutralRequest {
  method: string;
  /** The URL path, without the query string. */
  path: string;
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Uint8Array | string;
}

export interface NeutralResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
};

export function jsonResponse(status: number, body: unknown): NeutralResponse {
  return jsonTextResponse(status, JSON.stringify(body));
}

export function jsonTextResponse(status: number, text: string): NeutralResponse {
  return { status, headers: { ...JSON_HEADERS }, body: text };
}

export function redirectResponse(location: string): NeutralResponse {
  return {
    status: 302,
    headers: { ...JSON_HEADERS, location },
    body: JSON.stringify({ status: 'redirect' }),
  };
}
