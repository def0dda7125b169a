// `GET /bundles/:version` for `delivery: proxy`: devices cannot authenticate, so the responder
// asks GitHub for a short-lived signed URL of a private release asset with its own token and
// redirects the device there. Signed URLs are reused for a minute so that a wave of devices
// downloading a new bundle does not spend the token's API quota.
import type { CompiledManifest } from './compile.js';
import { jsonResponse, redirectResponse, type NeutralResponse } from './http.js';
import { ASSET_REDIRECT_CACHE_MS } from './limits.js';
import { logged, type EventLog } from './log.js';
import { USER_AGENT } from './url-loader.js';
import { checkDeviceUrl } from './urls.js';

export interface ProxySettings {
  githubToken?: string;
  githubApiUrl: string;
  fetch: typeof fetch;
  now: () => number;
}

interface CachedRedirect {
  location: string;
  expires: number;
}

const CACHE_ENTRIES = 200;

export function createBundleProxy(settings: ProxySettings, log: EventLog) {
  const cache = new Map<string, CachedRedirect>();

  return async function answerBundle(
    version: string,
    manifest: CompiledManifest | undefined,
  ): Promise<NeutralResponse> {
    const bundle = manifest?.bundles.get(version);
    if (!bundle || bundle.problem) return notServed(version);
    if (!bundle.proxied) {
      return checkDeviceUrl(bundle.storedUrl).ok
        ? redirectResponse(bundle.storedUrl)
        : notServed(version);
    }
    if (!bundle.asset || !settings.githubToken) return notServed(version);

    const key = `${bundle.asset.repository}#${bundle.asset.id}`;
    const cached = cache.get(key);
    if (cached && cached.expires > settings.now()) return redirectResponse(cached.location);

    const location = await signedAssetUrl(bundle.asset, settings, log, version);
    if (!location) {
      return jsonResponse(502, {
        error: 'asset_unavailable',
        message: `GitHub did not hand out the release asset of bundle ${version}; try again later.`,
      });
    }
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    cache.set(key, { location, expires: settings.now() + ASSET_REDIRECT_CACHE_MS });
    return redirectResponse(location);
  };
}

async function signedAssetUrl(
  asset: { repository: string; id: number },
  settings: ProxySettings,
  log: EventLog,
  version: string,
): Promise<string | undefined> {
  const api = settings.githubApiUrl.replace(/\/+$/, '');
  try {
    const response = await settings.fetch(
      `${api}/repos/${asset.repository}/releases/assets/${asset.id}`,
      {
        redirect: 'manual',
        headers: {
          accept: 'application/octet-stream',
          authorization: `Bearer ${settings.githubToken}`,
          'user-agent': USER_AGENT,
          'x-github-api-version': '2022-11-28',
        },
      },
    );
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (response.status >= 300 && response.status < 400 && location) {
      return new URL(location, `${api}/`).href;
    }
    log.warn('GitHub refused a release asset for proxy delivery.', {
      version,
      repository: asset.repository,
      status: response.status,
      hint:
        response.status === 404 ? 'GITHUB_TOKEN needs contents: read on the repository' : undefined,
    });
  } catch (cause) {
    log.warn('GitHub could not be reached for a release asset.', {
      version,
      reason: cause instanceof Error ? cause.message : String(cause),
    });
  }
  return undefined;
}

function notServed(version: string): NeutralResponse {
  return jsonResponse(404, {
    error: 'no_bundle',
    message: `Bundle ${logged(version)} is not served here.`,
  });
}
