// URL rules from the device's side: iOS ATS and Android block cleartext, so a bundle URL must be
// https; plain http is accepted only for a loopback host, where local tests run.

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

export type UrlCheck = { ok: true; loopbackHttp: boolean } | { ok: false; problem: string };

export function checkDeviceUrl(text: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'is not an absolute URL' };
  }
  if (url.protocol === 'https:') return { ok: true, loopbackHttp: false };
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
    return { ok: true, loopbackHttp: true };
  }
  return { ok: false, problem: 'must use https (devices block cleartext downloads)' };
}

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** A URL as it may appear in a log: no query string or credentials, which may carry a token. */
export function redactUrl(text: string): string {
  try {
    const url = new URL(text);
    return `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`;
  } catch {
    return '(unparsable URL)';
  }
}
