// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};

// src/responder/urls.ts
var LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["localhost", "[::1]"]);
function checkDeviceUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: "is not an absolute URL" };
  }
  if (url.protocol === "https:") return { ok: true, loopbackHttp: false };
  if (url.protocol === "http:" && isLoopbackHost(url.hostname)) {
    return { ok: true, loopbackHttp: true };
  }
  return { ok: false, problem: "must use https (devices block cleartext downloads)" };
}
function isLoopbackHost(hostname) {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}
function redactUrl(text) {
  try {
    const url = new URL(text);
    return `${url.protocol}//${url.host}${url.pathname}${url.search ? "?…" : ""}`;
  } catch {
    return "(unparsable URL)";
  }
}

// src/responder/options.ts
var DEFAULT_TTL_SECONDS = 30;
var DEFAULT_PORT = 8080;
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
function optionsFromEnv(env) {
  const options = {
    manifestFile: setting(env, "MANIFEST_FILE"),
    manifestUrl: setting(env, "MANIFEST_URL"),
    manifestToken: setting(env, "MANIFEST_TOKEN"),
    ttlSeconds: numberSetting(env, "MANIFEST_TTL_SECONDS", 0, 86400),
    githubToken: setting(env, "GITHUB_TOKEN"),
    publicUrl: setting(env, "PUBLIC_URL"),
    githubApiUrl: setting(env, "GITHUB_API_URL"),
    port: numberSetting(env, "PORT", 0, 65535, true) ?? DEFAULT_PORT,
    host: setting(env, "HOST")
  };
  return dropUndefined(options);
}
function checkOptions(options) {
  if (!options.manifestFile && !options.manifestUrl) {
    throw new UserError(
      "Set MANIFEST_URL (the `manifest-url` output of the action) or MANIFEST_FILE (a path to the manifest JSON)."
    );
  }
  if (options.manifestFile && options.manifestUrl) {
    throw new UserError("Set MANIFEST_URL or MANIFEST_FILE, not both.");
  }
  if (options.manifestUrl) requireHttpUrl("MANIFEST_URL", options.manifestUrl);
  if (options.githubApiUrl) requireHttpUrl("GITHUB_API_URL", options.githubApiUrl);
  if (options.publicUrl) {
    const check = checkDeviceUrl(options.publicUrl);
    if (!check.ok) {
      throw new UserError(
        `PUBLIC_URL "${options.publicUrl}" ${check.problem}: set it to the https address devices reach the responder at.`
      );
    }
  }
  const ttl = options.ttlSeconds;
  if (ttl !== void 0 && (!Number.isFinite(ttl) || ttl < 0)) {
    throw new UserError(`MANIFEST_TTL_SECONDS "${ttl}" must be a number of seconds, 0 or more.`);
  }
}
function requireHttpUrl(name, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError(`${name} must be an absolute http(s) URL; got "${stripQuery(value)}".`);
  }
}
function stripQuery(value) {
  const index = value.indexOf("?");
  return index === -1 ? value : `${value.slice(0, index)}?…`;
}
function setting(env, name) {
  const value = env[name]?.trim();
  return value ? value : void 0;
}
function numberSetting(env, name, min, max, integer = false) {
  const text = setting(env, name);
  if (text === void 0) return void 0;
  const value = Number(text);
  const pattern = integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(text) || value < min || value > max) {
    const kind = integer ? "a whole number" : "a number";
    throw new UserError(`${name} "${text}" must be ${kind} from ${min} to ${max}.`);
  }
  return value;
}
function dropUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/responder/limits.ts
var CHECK_BODY_LIMIT = 64 * 1024;
var STATS_BODY_LIMIT = 16 * 1024 * 1024;
var CHECK_BODY_TIMEOUT_MS = 1e4;
var STATS_BODY_TIMEOUT_MS = 6e4;
var STATS_EVENTS_LOGGED = 1e3;
var MANIFEST_FETCH_TIMEOUT_MS = 1e4;
var ASSET_REDIRECT_CACHE_MS = 6e4;
var LOGGED_STRING_LIMIT = 100;

// src/responder/log.ts
function createEventLog(sink) {
  return {
    event: (name, fields) => write(sink, `"event":${remembered(name)}`, fields, "event"),
    warn: (message, fields = {}) => write(sink, `"event":"warning","message":${JSON.stringify(message)}`, fields, "message")
  };
}
function write(sink, head, fields, lastLeading) {
  try {
    sink(jsonLine(head, fields, lastLeading));
  } catch {
  }
}
function jsonLine(head, fields, lastLeading) {
  if (Object.hasOwn(fields, "time") || Object.hasOwn(fields, "event") || Object.hasOwn(fields, lastLeading)) {
    const leading = JSON.parse(`{${head}}`);
    return JSON.stringify({ time: isoNow(), ...leading, ...fields });
  }
  let line = `{"time":"${isoNow()}",${head}`;
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue;
    const value = jsonValue(fields[key]);
    if (value !== void 0) line += `,${remembered(key)}:${value}`;
  }
  return `${line}}`;
}
function jsonValue(value) {
  if (typeof value === "string") return remembered(value);
  if (value === true) return "true";
  if (value === false) return "false";
  return JSON.stringify(value);
}
var quoted = /* @__PURE__ */ new Map();
function remembered(text) {
  let json = quoted.get(text);
  if (json === void 0) {
    json = JSON.stringify(text);
    if (text.length <= 100) {
      if (quoted.size >= 1e3) quoted.clear();
      quoted.set(text, json);
    }
  }
  return json;
}
var lastMs = Number.NaN;
var lastIso = "";
function isoNow() {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}
function logged(value) {
  if (typeof value !== "string") return void 0;
  return value.length > LOGGED_STRING_LIMIT ? `${value.slice(0, LOGGED_STRING_LIMIT)}…` : value;
}
var consoleSink = (line) => console.log(line);

// src/responder/http.ts
var JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store"
};
function jsonResponse(status, body) {
  return jsonTextResponse(status, JSON.stringify(body));
}
function jsonTextResponse(status, text) {
  return { status, headers: { ...JSON_HEADERS }, body: text };
}
function redirectResponse(location) {
  return {
    status: 302,
    headers: { ...JSON_HEADERS, location },
    body: JSON.stringify({ status: "redirect" })
  };
}

// src/responder/url-loader.ts
var USER_AGENT = "live-update-release-responder";
function createUrlLoader(url, token, fetchFn) {
  const describe2 = redactUrl(url);
  return {
    describe: describe2,
    recheckMs: (ttlMs) => ttlMs,
    waitForRecheck: false,
    load: (tag) => fetchManifest(url, token, tag, fetchFn, describe2)
  };
}
async function fetchManifest(url, token, tag, fetchFn, describe2) {
  const headers = { "user-agent": USER_AGENT };
  if (token) {
    headers.authorization = `Bearer ${token}`;
    headers.accept = "application/vnd.github.raw";
  }
  if (tag) headers["if-none-match"] = tag;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), MANIFEST_FETCH_TIMEOUT_MS);
  try {
    const response = await requestManifest(fetchFn, url, headers, controller.signal, describe2);
    if (response.status === 304 && tag) return { changed: false };
    if (response.status !== 200) throw new Error(statusMessage(response.status, describe2, token));
    const text = contentsApiText(await response.text());
    return { changed: true, text, tag: response.headers.get("etag") ?? void 0 };
  } finally {
    clearTimeout(timer);
  }
}
async function requestManifest(fetchFn, url, headers, signal, describe2) {
  try {
    return await fetchFn(url, { headers, signal });
  } catch (cause) {
    const reason = signal.aborted ? `no answer within ${MANIFEST_FETCH_TIMEOUT_MS / 1e3} s` : networkReason(cause);
    throw new Error(`Fetching ${describe2} failed: ${reason}.`);
  }
}
function networkReason(cause) {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause;
  return inner?.code ?? inner?.message ?? cause.message;
}
function statusMessage(status, describe2, token) {
  const base = `Fetching ${describe2} answered HTTP ${status}`;
  if ((status === 401 || status === 403) && token) {
    return `${base}: MANIFEST_TOKEN cannot read it (it needs contents: read on the repository).`;
  }
  if (status === 404) {
    return `${base}: check MANIFEST_URL (a private repository needs MANIFEST_TOKEN and a contents API URL).`;
  }
  return `${base}.`;
}
function contentsApiText(text) {
  if (!text.includes('"encoding"')) return text;
  try {
    const envelope = JSON.parse(text);
    if (!isContentsEnvelope(envelope)) return text;
    const binary = atob(envelope.content.replace(/\s/g, ""));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return text;
  }
}
function isContentsEnvelope(value) {
  if (typeof value !== "object" || value === null) return false;
  const record = value;
  return record.type === "file" && record.encoding === "base64" && typeof record.content === "string";
}

// src/responder/bundle-proxy.ts
var CACHE_ENTRIES = 200;
function createBundleProxy(settings, log) {
  const cache = /* @__PURE__ */ new Map();
  return async function answerBundle(version, manifest) {
    const bundle = manifest?.bundles.get(version);
    if (!bundle || bundle.problem) return notServed(version);
    if (!bundle.proxied) {
      return checkDeviceUrl(bundle.storedUrl).ok ? redirectResponse(bundle.storedUrl) : notServed(version);
    }
    if (!bundle.asset || !settings.githubToken) return notServed(version);
    const key = `${bundle.asset.repository}#${bundle.asset.id}`;
    const cached = cache.get(key);
    if (cached && cached.expires > settings.now()) return redirectResponse(cached.location);
    const location = await signedAssetUrl(bundle.asset, settings, log, version);
    if (!location) {
      return jsonResponse(502, {
        error: "asset_unavailable",
        message: `GitHub did not hand out the release asset of bundle ${version}; try again later.`
      });
    }
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    cache.set(key, { location, expires: settings.now() + ASSET_REDIRECT_CACHE_MS });
    return redirectResponse(location);
  };
}
async function signedAssetUrl(asset, settings, log, version) {
  const api = settings.githubApiUrl.replace(/\/+$/, "");
  try {
    const response = await settings.fetch(
      `${api}/repos/${asset.repository}/releases/assets/${asset.id}`,
      {
        redirect: "manual",
        headers: {
          accept: "application/octet-stream",
          authorization: `Bearer ${settings.githubToken}`,
          "user-agent": USER_AGENT,
          "x-github-api-version": "2022-11-28"
        }
      }
    );
    const location = response.headers.get("location");
    await response.body?.cancel();
    if (response.status >= 300 && response.status < 400 && location) {
      return new URL(location, `${api}/`).href;
    }
    log.warn("GitHub refused a release asset for proxy delivery.", {
      version,
      repository: asset.repository,
      status: response.status,
      hint: response.status === 404 ? "GITHUB_TOKEN needs contents: read on the repository" : void 0
    });
  } catch (cause) {
    log.warn("GitHub could not be reached for a release asset.", {
      version,
      reason: cause instanceof Error ? cause.message : String(cause)
    });
  }
  return void 0;
}
function notServed(version) {
  return jsonResponse(404, {
    error: "no_bundle",
    message: `Bundle ${logged(version)} is not served here.`
  });
}

// src/responder/replies.ts
var UP_TO_DATE = {
  error: "no_new_version_available",
  message: "No new version available",
  kind: "up_to_date"
};
var BUILTIN_REPLY = { version: "builtin" };
function failed(error, message) {
  return { error, message, kind: "failed" };
}

// src/responder/body.ts
var REQUIRED_FIELDS = [
  "app_id",
  "device_id",
  "platform",
  "version_name",
  "version_build"
];
var decoder = new TextDecoder("utf-8");
function overLimit(body, limit) {
  if (typeof body !== "string") return body.byteLength > limit;
  if (body.length > limit) return true;
  if (body.length * 3 <= limit) return false;
  return new TextEncoder().encode(body).byteLength > limit;
}
function parseJsonBody(body, limit, allowArray = false) {
  if (overLimit(body, limit)) {
    return refuse("body_too_large", `The request body is over the ${limit}-byte limit.`);
  }
  const text = typeof body === "string" ? body : decoder.decode(body);
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse("invalid_json", "The request body is not valid JSON.");
  }
  if (Array.isArray(value) && allowArray) return { ok: true, value };
  if (isJsonObject(value)) return { ok: true, value };
  const expected = allowArray ? "a JSON object or array" : "a JSON object";
  return refuse("invalid_json", `The request body must be ${expected}.`);
}
function parseDeviceBody(body, limit) {
  const parsed = parseJsonBody(body, limit);
  if (!parsed.ok) return parsed;
  const object = parsed.value;
  const problem = missingField(object);
  return problem ? refuse("missing_info", problem) : { ok: true, value: object };
}
function missingField(object) {
  for (const field of REQUIRED_FIELDS) {
    const value = ownValue(object, field);
    if (typeof value !== "string" || value === "") {
      return `The field \`${field}\` must be a non-empty string.`;
    }
  }
  return void 0;
}
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function ownValue(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : void 0;
}
function ownString(object, key) {
  const value = ownValue(object, key);
  return typeof value === "string" ? value : void 0;
}
function refuse(error, message) {
  return { ok: false, reply: failed(error, message) };
}

// src/manifest/semver.ts
var MAX_VERSION_LENGTH = 256;
var NUMERIC_ID = "0|[1-9]\\d*";
var PRERELEASE_ID = `(?:${NUMERIC_ID}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
var PRERELEASE = `${PRERELEASE_ID}(?:\\.${PRERELEASE_ID})*`;
var BUILD = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
var FULL_VERSION = new RegExp(
  `^(${NUMERIC_ID})\\.(${NUMERIC_ID})\\.(${NUMERIC_ID})(?:-(${PRERELEASE}))?(?:\\+(${BUILD}))?$`
);
function parseSemVer(text) {
  if (text.length > MAX_VERSION_LENGTH) return void 0;
  const match = FULL_VERSION.exec(text);
  if (!match) return void 0;
  const [, major, minor, patch, prerelease, build] = match;
  return makeSemVer(Number(major), Number(minor), Number(patch), prerelease, build);
}
function makeSemVer(major, minor, patch, prerelease, build) {
  if (!Number.isSafeInteger(major) || !Number.isSafeInteger(minor) || !Number.isSafeInteger(patch)) {
    return void 0;
  }
  const identifiers = prerelease === void 0 ? [] : prerelease.split(".").map(toIdentifier);
  for (const id of identifiers) {
    if (typeof id === "number" && !Number.isSafeInteger(id)) return void 0;
  }
  return build === void 0 ? { major, minor, patch, prerelease: identifiers } : { major, minor, patch, prerelease: identifiers, build };
}
function toIdentifier(id) {
  return /^\d+$/.test(id) ? Number(id) : id;
}
function formatSemVer(v) {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.prerelease.length === 0 ? core : `${core}-${v.prerelease.join(".")}`;
}
function compareSemVer(a, b) {
  return Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch) || comparePrerelease(a.prerelease, b.prerelease);
}
function comparePrerelease(a, b) {
  if (a.length === 0 || b.length === 0) return Math.sign(b.length - a.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareIdentifier(a[i], b[i]);
    if (order !== 0) return order;
  }
  return Math.sign(a.length - b.length);
}
function compareIdentifier(a, b) {
  if (typeof a === "number" && typeof b === "number") return Math.sign(a - b);
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/manifest/ranges.ts
var MAX_RANGE_LENGTH = 1024;
var WILDCARD = "x|X|\\*";
var PART = `(${NUMERIC_ID}|${WILDCARD})`;
var PARTIAL = new RegExp(
  `^v?${PART}(?:\\.${PART}(?:\\.${PART}(?:-(${PRERELEASE}))?(?:\\+${BUILD})?)?)?$`
);
var COMPARATOR = /^(<=|>=|<|>|=|~>|~|\^)?(.*)$/;
var HYPHEN = /^(\S+) - (\S+)$/;
var lowest = (major, minor, patch) => ({
  major,
  minor,
  patch,
  prerelease: [0]
});
var NOTHING = [{ operator: "<", version: lowest(0, 0, 0) }];
function parseRange(range) {
  if (range.length > MAX_RANGE_LENGTH || range.trim() === "") return void 0;
  const sets = [];
  for (const alternative of range.split("||")) {
    const set = parseAlternative(alternative);
    if (!set) return void 0;
    sets.push(set);
  }
  return sets;
}
function isValidRange(range) {
  return parsedRange(range) !== void 0;
}
var parsedRanges = /* @__PURE__ */ new Map();
var MAX_PARSED_RANGES = 256;
function parsedRange(range) {
  if (parsedRanges.has(range)) return parsedRanges.get(range);
  const sets = parseRange(range);
  if (parsedRanges.size >= MAX_PARSED_RANGES) parsedRanges.clear();
  parsedRanges.set(range, sets);
  return sets;
}
function versionInRange(version, range) {
  for (const set of range) {
    if (set.every((c) => holds(c, version))) return true;
  }
  return false;
}
function holds({ operator, version }, candidate) {
  const order = compareSemVer(candidate, version);
  switch (operator) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
    case "=":
      return order === 0;
  }
}
function parseAlternative(text) {
  const normalized = text.trim().replace(/\s+/g, " ").replace(/(<=|>=|<|>|=|~>|~|\^) /g, "$1");
  const hyphen = HYPHEN.exec(normalized);
  if (hyphen) return parseHyphen(hyphen[1], hyphen[2]);
  if (normalized === "") return [];
  const set = [];
  for (const token of normalized.split(" ")) {
    const comparators = parseComparator(token);
    if (!comparators) return void 0;
    set.push(...comparators);
  }
  return set;
}
function parseComparator(token) {
  const [, operator = "", rest = ""] = COMPARATOR.exec(token) ?? [];
  const partial = parsePartial(rest);
  if (!partial) return void 0;
  switch (operator) {
    case "":
    case "=":
      return exactOrX(partial);
    case "~":
    case "~>":
      return tilde(partial);
    case "^":
      return caret(partial);
    default:
      return primitive(operator, partial);
  }
}
function parsePartial(text) {
  const match = PARTIAL.exec(text);
  if (!match) return void 0;
  const [, major, minor, patch, prerelease] = match;
  const parts = [major, minor, patch].map(
    (p2) => p2 === void 0 || isWildcard(p2) ? void 0 : p2
  );
  const firstMissing = parts.indexOf(void 0);
  if (firstMissing !== -1 && parts.slice(firstMissing).some((p2) => p2 !== void 0))
    return void 0;
  if (prerelease !== void 0 && firstMissing !== -1) return void 0;
  const [M, m, p] = parts.map((n) => n === void 0 ? void 0 : Number(n));
  if (![M, m, p].every((n) => n === void 0 || Number.isSafeInteger(n))) return void 0;
  const partial = { major: M, minor: m, patch: p, prerelease };
  return firstMissing === -1 && !full(partial) ? void 0 : partial;
}
function isWildcard(part) {
  return part === "x" || part === "X" || part === "*";
}
function full(partial) {
  const { major, minor, patch, prerelease } = partial;
  if (major === void 0 || minor === void 0 || patch === void 0) return void 0;
  return makeSemVer(major, minor, patch, prerelease);
}
var at = (operator, version) => ({ operator, version });
function exactOrX(p) {
  const version = full(p);
  if (version) return [at("=", version)];
  if (p.major === void 0) return [];
  if (p.minor === void 0)
    return [at(">=", lowest(p.major, 0, 0)), at("<", lowest(p.major + 1, 0, 0))];
  return [at(">=", lowest(p.major, p.minor, 0)), at("<", lowest(p.major, p.minor + 1, 0))];
}
function tilde(p) {
  const version = full(p);
  if (!version) return exactOrX(p);
  return [at(">=", version), at("<", lowest(version.major, version.minor + 1, 0))];
}
function caret(p) {
  const { major, minor } = p;
  if (major === void 0) return [];
  if (minor === void 0) return exactOrX(p);
  const version = full(p);
  const lower = version ?? lowest(major, minor, 0);
  if (major > 0) return [at(">=", lower), at("<", lowest(major + 1, 0, 0))];
  if (minor > 0 || !version) return [at(">=", lower), at("<", lowest(0, minor + 1, 0))];
  return [at(">=", lower), at("<", lowest(0, 0, version.patch + 1))];
}
function primitive(operator, p) {
  const version = full(p);
  if (version) return [at(operator, version)];
  const { major, minor } = p;
  if (major === void 0) return operator === "<" || operator === ">" ? NOTHING : [];
  const next = minor === void 0 ? lowest(major + 1, 0, 0) : lowest(major, minor + 1, 0);
  const start = lowest(major, minor ?? 0, 0);
  switch (operator) {
    case ">=":
      return [at(">=", start)];
    case ">":
      return [at(">=", next)];
    case "<":
      return [at("<", start)];
    default:
      return [at("<", next)];
  }
}
function parseHyphen(fromText, toText) {
  const from = parsePartial(fromText);
  const to = parsePartial(toText);
  if (!from || !to) return void 0;
  return [...hyphenLower(from), ...hyphenUpper(to)];
}
function hyphenLower(p) {
  if (p.major === void 0) return [];
  const version = full(p);
  if (version && version.prerelease.length > 0) return [at(">=", version)];
  return [at(">=", lowest(p.major, p.minor ?? 0, p.patch ?? 0))];
}
function hyphenUpper(p) {
  if (p.major === void 0) return [];
  if (p.minor === void 0) return [at("<", lowest(p.major + 1, 0, 0))];
  if (p.patch === void 0) return [at("<", lowest(p.major, p.minor + 1, 0))];
  const version = full(p);
  if (version.prerelease.length > 0) return [at("<=", version)];
  return [at("<", lowest(p.major, p.minor, p.patch + 1))];
}

// src/manifest/types.ts
var MANIFEST_SCHEMA_VERSION = 1;
var BUILTIN = "builtin";

// src/manifest/versions.ts
var NATIVE_VERSION = new RegExp(
  `^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.\\d+)*(?:-(${PRERELEASE}))?(?:\\+[0-9A-Za-z.-]*)?$`
);
function coerceNativeSemVer(raw) {
  const text = raw.trim();
  if (text.length > 256) return void 0;
  const match = NATIVE_VERSION.exec(text);
  if (!match) return void 0;
  const [, major, minor = "0", patch = "0", prerelease] = match;
  return makeSemVer(Number(major), Number(minor), Number(patch), prerelease);
}

// src/responder/memo.ts
var MAX_KEY_LENGTH = 64;
function memoize(compute, capacity = 1024) {
  const remembered2 = /* @__PURE__ */ new Map();
  return (key) => {
    const known = remembered2.get(key);
    if (known !== void 0 || remembered2.has(key)) return known;
    const value = compute(key);
    if (key.length <= MAX_KEY_LENGTH) {
      if (remembered2.size >= capacity) remembered2.clear();
      remembered2.set(key, value);
    }
    return value;
  };
}

// src/responder/rollout.ts
var ROLLOUT_BUCKETS = 1e4;
var FNV_OFFSET = 2166136261;
var FNV_PRIME = 16777619;
var NEWLINE = 10;
var encoder = new TextEncoder();
function rolloutBucket(deviceId, version) {
  let hash = hashUtf8(FNV_OFFSET, deviceId.toLowerCase());
  hash = Math.imul(hash ^ NEWLINE, FNV_PRIME);
  return mix(hashUtf8(hash, version)) % ROLLOUT_BUCKETS;
}
function hashUtf8(start, text) {
  let hash = start;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return hashBytes(start, encoder.encode(text));
    hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return hash;
}
function hashBytes(start, bytes) {
  let hash = start;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, FNV_PRIME);
  return hash;
}
function rolloutBuckets(percent) {
  if (!Number.isFinite(percent)) return 0;
  return Math.round(Math.min(100, Math.max(0, percent)) * (ROLLOUT_BUCKETS / 100));
}
function mix(value) {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}

// src/responder/decide.ts
var nativeVersionOf = memoize(coerceNativeSemVer);
var bundleVersionOf = memoize(parseSemVer);
var ALWAYS_SENDS_KEY_ID_AFTER = { major: 8, minor: 40, patch: 7, prerelease: [] };
function decide(manifest, device) {
  if (device.appId !== manifest.appId) {
    return {
      kind: "blocked",
      code: "unknown_app",
      message: `This responder serves ${manifest.appId}, not ${clip(device.appId)}: check updateUrl.`
    };
  }
  const channel = pickChannel(manifest, device.defaultChannel);
  if (!channel) {
    const name = manifest.defaultChannel;
    return {
      kind: "failed",
      code: "no_channel",
      message: `Channel ${name} is not in the manifest.`
    };
  }
  if (channel.problem) return { kind: "failed", channel: channel.name, ...channel.problem };
  const target = rolloutTarget(channel, device.deviceId);
  if (!target) return { kind: "up_to_date", channel: channel.name };
  if (target.problem) {
    return { kind: "failed", channel: channel.name, target: target.version, ...target.problem };
  }
  return decideForTarget(channel, target, device);
}
function pickChannel(manifest, requested) {
  const chosen = requested === "" ? void 0 : manifest.channels.get(requested);
  if (chosen?.allowSelfSet) return chosen;
  return manifest.channels.get(manifest.defaultChannel);
}
function rolloutTarget(channel, deviceId) {
  const current = channel.current;
  if (!current) return void 0;
  if (channel.insideBuckets >= ROLLOUT_BUCKETS) return current;
  const inside = rolloutBucket(deviceId, current.version) < channel.insideBuckets;
  return inside ? current : channel.previous;
}
function decideForTarget(channel, target, device) {
  const base = { channel: channel.name, target: target.version };
  const refusal = policyRefusal(channel, target.bundle, device);
  if (refusal) return { kind: "blocked", ...base, ...refusal };
  if (target.version === BUILTIN || !target.bundle) {
    return device.versionName === BUILTIN ? { kind: "up_to_date", channel: channel.name, target: BUILTIN } : { kind: "builtin", channel: channel.name };
  }
  const bundle = target.bundle;
  const native = nativeVersionOf(device.versionBuild);
  const nativeProblem = nativeRefusal(bundle, device, native, channel.rolledBackFrom);
  if (nativeProblem === "builtin") return { kind: "builtin", channel: channel.name };
  if (nativeProblem) return { kind: "blocked", ...base, ...nativeProblem };
  const encryption = encryptionRefusal(bundle, device);
  if (encryption) return { kind: "blocked", ...base, ...encryption };
  if (!needsDownload(bundle, device, native, channel.rolledBackFrom)) {
    return { kind: "up_to_date", ...base };
  }
  return { kind: "download", channel: channel.name, bundle };
}
function policyRefusal(channel, bundle, device) {
  const platform = device.platform;
  if (!channel.platforms.has(platform)) {
    return {
      code: platformCode(platform),
      message: `Channel ${channel.name} does not serve ${platform} devices.`
    };
  }
  if (bundle && !bundle.platforms.has(platform)) {
    return {
      code: platformCode(platform),
      message: `Bundle ${bundle.version} is not built for ${platform}.`
    };
  }
  if (device.isEmulator && !channel.allowEmulator) {
    return {
      code: "disable_emulator",
      message: `Channel ${channel.name} does not serve emulators: use a real device.`
    };
  }
  if (device.isDevBuild && !channel.allowDevBuild) {
    return {
      code: "disable_dev_build",
      message: `Channel ${channel.name} does not serve dev builds: use a production build.`
    };
  }
  return void 0;
}
function platformCode(platform) {
  return `disabled_platform_${/^[a-z0-9_]{1,20}$/.test(platform) ? platform : "unknown"}`;
}
function nativeRefusal(bundle, device, native, rolledBack) {
  if (native === void 0) {
    return {
      code: "native_version_mismatch",
      message: `The native version "${clip(device.versionBuild)}" is not a version like 1.4.0.`
    };
  }
  if (bundle.major > native.major) {
    return {
      code: "disable_auto_update_to_major",
      message: `Bundle ${bundle.version} needs native version ${bundle.major}.x; this app is ${formatSemVer(native)}: install the store update.`
    };
  }
  if (compareSemVer(bundle.semver, native) < 0) {
    if (rolledBack.has(device.versionName)) return "builtin";
    return {
      code: "disable_auto_update_under_native",
      message: `Bundle ${bundle.version} is older than the native app ${formatSemVer(native)}, which already ships newer code.`
    };
  }
  if (bundle.nativeRange !== void 0 && !inRange(native, bundle.nativeRanges)) {
    return {
      code: "native_version_mismatch",
      message: `Bundle ${bundle.version} needs a native version in ${bundle.nativeRange}; this app is ${formatSemVer(native)}.`
    };
  }
  return void 0;
}
function inRange(version, ranges) {
  return ranges !== void 0 && versionInRange(version, ranges);
}
function encryptionRefusal(bundle, device) {
  const keyId = device.keyId;
  if (keyId !== void 0 && !bundle.encrypted) {
    return {
      code: "encryption_required",
      message: `This app has a public key and installs encrypted bundles only; bundle ${bundle.version} is plain.`
    };
  }
  if (keyId !== void 0 && bundle.keyId !== keyId) {
    return {
      code: "key_id_mismatch",
      message: `Bundle ${bundle.version} is encrypted for key ${bundle.keyId}; this app has key ${clip(keyId)}.`
    };
  }
  if (keyId === void 0 && bundle.encrypted && sendsKeyIdWhenKeyed(device.pluginVersion)) {
    return {
      code: "key_id_mismatch",
      message: `Bundle ${bundle.version} is encrypted for key ${bundle.keyId}; this app has no public key.`
    };
  }
  return void 0;
}
function sendsKeyIdWhenKeyed(pluginVersion) {
  const version = pluginVersion ? nativeVersionOf(pluginVersion) : void 0;
  return version ? compareSemVer(version, ALWAYS_SENDS_KEY_ID_AFTER) > 0 : false;
}
function needsDownload(bundle, device, native, rolledBack) {
  const current = effectiveVersion(device, native);
  const order = current === void 0 ? -1 : compareSemVer(current, bundle.semver);
  if (order < 0) return true;
  if (order === 0) return false;
  return rolledBack.has(device.versionName);
}
function effectiveVersion(device, native) {
  return device.versionName === BUILTIN ? native : bundleVersionOf(device.versionName);
}
function clip(text) {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

// src/responder/channel-self.ts
var NO_MANIFEST = {
  error: "no_channel",
  message: "The responder has no manifest loaded yet."
};
function setChannel(body, manifest, log) {
  const parsed = parseDeviceBody(body, CHECK_BODY_LIMIT);
  if (!parsed.ok) return jsonResponse(400, parsed.reply);
  const requested = ownString(parsed.value, "channel");
  if (!requested) {
    const problem = "The field `channel` must be a non-empty string.";
    return jsonResponse(400, failed("missing_info", problem));
  }
  const appId = ownString(parsed.value, "app_id") ?? "";
  const refusal = manifest ? appRefusal(appId, manifest) ?? setRefusal(requested, manifest) : NO_MANIFEST;
  log.event("channel_set", {
    app_id: logged(appId),
    channel: logged(requested),
    result: refusal?.error ?? "ok"
  });
  return jsonResponse(200, refusal ?? { status: "ok", allowSet: true });
}
function setRefusal(requested, manifest) {
  const channel = manifest.channels.get(requested);
  if (!channel) {
    return { error: "channel_not_found", message: `Channel ${requested} does not exist.` };
  }
  if (channel.allowSelfSet || requested === manifest.defaultChannel) return void 0;
  return {
    error: "cannot_update_via_private_channel",
    message: `Channel ${requested} does not allow devices to pick it themselves.`
  };
}
function getChannel(body, manifest) {
  const parsed = parseDeviceBody(body, CHECK_BODY_LIMIT);
  if (!parsed.ok) return jsonResponse(400, parsed.reply);
  const requested = ownString(parsed.value, "defaultChannel") ?? "";
  if (!manifest) return channelNotFound(requested || "default");
  const refusal = appRefusal(ownString(parsed.value, "app_id") ?? "", manifest);
  if (refusal) return jsonResponse(200, refusal);
  const routed = pickChannel(manifest, requested);
  if (requested !== "" && !manifest.channels.has(requested)) return channelNotFound(requested);
  if (!routed) return channelNotFound(manifest.defaultChannel);
  const override = routed.name === requested && requested !== manifest.defaultChannel;
  return jsonResponse(200, {
    channel: routed.name,
    status: override ? "override" : "default",
    allowSet: routed.allowSelfSet
  });
}
function listChannels(query, manifest) {
  if (!manifest) return jsonResponse(200, []);
  const appId = query.app_id;
  const refusal = appId === void 0 ? void 0 : appRefusal(appId, manifest);
  return jsonResponse(200, refusal ?? manifest.selfSetChannels);
}
function unsetChannel() {
  return jsonResponse(200, { status: "ok" });
}
function appRefusal(appId, manifest) {
  if (appId === manifest.appId) return void 0;
  return {
    error: "unknown_app",
    message: `This responder serves ${manifest.appId}, not ${logged(appId)}.`
  };
}
function channelNotFound(name) {
  return jsonResponse(400, failed("channel_not_found", `Channel ${logged(name)} does not exist.`));
}

// schema/manifest.schema.json
var manifest_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://unpkg.com/live-update-release/schema/manifest.schema.json",
  title: "live-update-release manifest",
  description: "The live-update state of one Capacitor app: the bundles published to GitHub Releases and the channels that point devices at them. Written by the live-update-release action, served by its responder. Describes schema version 1; older manifests are migrated when loaded.",
  type: "object",
  required: ["schema_version", "app_id", "default_channel", "bundles", "channels"],
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string",
      description: "This schema's URI, for editors."
    },
    schema_version: {
      const: 1,
      description: "Version of this file's layout. Missing means 0 (the first layout, migrated on load)."
    },
    app_id: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+$",
      maxLength: 255,
      description: "The app's reverse-domain id (appId in capacitor.config). Update checks from other apps are refused."
    },
    default_channel: {
      $ref: "#/$defs/channel_name",
      description: "The channel for devices that name none, or name one that does not exist or does not allow self-assignment."
    },
    updated_at: {
      type: "string",
      format: "date-time",
      description: "When the last change was written (ISO 8601)."
    },
    channels: {
      type: "object",
      description: "Channels by name.",
      propertyNames: { $ref: "#/$defs/channel_name" },
      additionalProperties: { $ref: "#/$defs/channel" }
    },
    bundles: {
      type: "object",
      description: "Published bundles by version name. A version name is never reused for other content: devices cache bundles by name.",
      propertyNames: { $ref: "#/$defs/version" },
      additionalProperties: { $ref: "#/$defs/bundle" }
    }
  },
  $defs: {
    version: {
      type: "string",
      maxLength: 256,
      pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-(0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*)?$",
      description: "A strict SemVer 2.0 version without build metadata, e.g. 1.2.3 or 1.3.0-beta.1."
    },
    served_version: {
      type: "string",
      maxLength: 256,
      pattern: "^(builtin|(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-(0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*)?)$",
      description: "A bundle version, or `builtin` for the bundle shipped inside the app binary."
    },
    channel_name: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
      maxLength: 64,
      description: "Letters, digits, `.`, `_` and `-`, starting with a letter or digit."
    },
    platform: {
      enum: ["ios", "android", "electron"],
      description: "A platform as devices report it in `platform`."
    },
    platforms: {
      type: "array",
      items: { $ref: "#/$defs/platform" },
      minItems: 1,
      uniqueItems: true,
      description: "The platforms allowed."
    },
    rollout: {
      type: "integer",
      minimum: 0,
      maximum: 100,
      description: "Percent of devices, chosen by a stable hash of device id and version, that get the current version."
    },
    bundle: {
      type: "object",
      description: "One published bundle: what devices download and verify, and where it came from.",
      required: [
        "version",
        "url",
        "checksum",
        "session_key",
        "sha256",
        "size",
        "platforms",
        "tag",
        "release_url",
        "repository",
        "asset_name",
        "asset_id",
        "delivery",
        "created_at",
        "commit"
      ],
      additionalProperties: false,
      properties: {
        version: {
          $ref: "#/$defs/version",
          description: "The version name devices store; equal to the key of this entry."
        },
        url: {
          type: "string",
          minLength: 1,
          pattern: "^https?://",
          description: "What devices download: the release asset URL, or the responder's /bundles route for proxy delivery. https; http only for a loopback host."
        },
        checksum: {
          type: "string",
          pattern: "^([0-9a-f]{64}|[0-9a-f]{512})$",
          description: "What devices verify: lowercase hex SHA-256 of the plain zip (64 chars), or its RSA-signed form for encrypted bundles (512 chars)."
        },
        session_key: {
          type: "string",
          pattern: "^$|^[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$",
          description: "Empty for plain bundles; base64(iv):base64(encrypted AES key) for encrypted ones."
        },
        sha256: {
          type: "string",
          pattern: "^([0-9a-f]{64})?$",
          description: "Lowercase hex SHA-256 of the plain zip, whatever the encryption: how a re-run recognises the same content. Empty when unknown (encrypted entries migrated from schema version 0)."
        },
        size: {
          type: "integer",
          minimum: 0,
          description: "Bytes of the uploaded asset (the ciphertext when encrypted); 0 when unknown."
        },
        key_id: {
          type: "string",
          pattern: "^[A-Za-z0-9+/]{20}$",
          description: "Encrypted bundles only: the first 20 characters of the app's PKCS#1 public key body, as devices send it."
        },
        native_versions: {
          type: "string",
          minLength: 1,
          maxLength: 1024,
          description: "npm-style semver range of native app versions (version_build) this bundle fits, e.g. >=1.4.0 <2."
        },
        platforms: {
          $ref: "#/$defs/platforms",
          description: "The platforms this bundle is for."
        },
        tag: {
          type: "string",
          description: "The release tag; empty when unknown."
        },
        release_url: {
          type: "string",
          description: "The release's page; empty when unknown."
        },
        repository: {
          type: "string",
          pattern: "^$|^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
          description: "owner/name of the repository holding the release; empty when unknown."
        },
        asset_name: {
          type: "string",
          pattern: "^[A-Za-z0-9._-]*$",
          description: "The release asset's file name."
        },
        asset_id: {
          type: "integer",
          minimum: 0,
          description: "The release asset's id (what proxy delivery downloads); 0 when unknown."
        },
        delivery: {
          enum: ["direct", "proxy"],
          description: "direct: devices download `url` from GitHub; proxy: the responder redirects them to a short-lived asset URL."
        },
        created_at: {
          type: "string",
          description: "When the bundle was published (ISO 8601); empty when unknown."
        },
        commit: {
          type: "string",
          pattern: "^([0-9a-f]{40}|[0-9a-f]{64})?$",
          description: "The source commit the bundle was built from; empty when unknown."
        },
        files: {
          type: "integer",
          minimum: 0,
          description: "Number of files in the zip."
        }
      }
    },
    channel: {
      type: "object",
      description: "A pointer from a group of devices to a bundle, with its policies.",
      required: [
        "rollout",
        "allow_self_set",
        "platforms",
        "allow_emulator",
        "allow_dev_build",
        "history"
      ],
      additionalProperties: false,
      properties: {
        version: {
          $ref: "#/$defs/served_version",
          description: "What the channel serves; absent while nothing was published to it."
        },
        previous: {
          $ref: "#/$defs/served_version",
          description: "What devices outside a partial rollout get; absent means they are told they are up to date."
        },
        rollout: {
          $ref: "#/$defs/rollout",
          description: "Percent of devices that get `version`; the others get `previous`."
        },
        allow_self_set: {
          type: "boolean",
          description: "Whether devices may pick this channel themselves (defaultChannel, setChannel)."
        },
        platforms: {
          $ref: "#/$defs/platforms",
          description: "Platforms served by this channel; others are refused with disabled_platform_<platform>."
        },
        allow_emulator: {
          type: "boolean",
          description: "Whether emulators get updates."
        },
        allow_dev_build: {
          type: "boolean",
          description: "Whether development builds (is_prod false) get updates."
        },
        history: {
          type: "array",
          items: { $ref: "#/$defs/move" },
          description: "Moves of the pointer or the rollout, oldest first; the most recent ones are kept."
        }
      }
    },
    move: {
      type: "object",
      description: "One change of a channel.",
      required: ["action", "version", "rollout", "at"],
      additionalProperties: false,
      properties: {
        action: {
          enum: ["publish", "rollback", "promote", "rollout"],
          description: "The command that made the change."
        },
        version: {
          $ref: "#/$defs/served_version",
          description: "What the channel served after the change."
        },
        from: {
          $ref: "#/$defs/served_version",
          description: "What it served before, if anything. After a rollback, devices are never left on this version."
        },
        rollout: {
          $ref: "#/$defs/rollout",
          description: "The rollout percent after the change."
        },
        at: {
          type: "string",
          minLength: 1,
          format: "date-time",
          description: "When (ISO 8601)."
        },
        run_id: {
          type: "string",
          description: "The workflow run that made the change (GITHUB_RUN_ID): a re-run recognises its own work by it."
        },
        run_url: {
          type: "string",
          description: "Link to that workflow run."
        }
      }
    }
  }
};

// src/manifest/names.ts
var CHANNEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var MAX_CHANNEL_NAME = 64;
var DEFAULT_CHANNEL = "production";
function isValidChannelName(name) {
  return name.length <= MAX_CHANNEL_NAME && CHANNEL_NAME.test(name);
}

// src/manifest/schema-values.ts
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "$schema",
  "$id",
  "$defs",
  "$comment",
  "title",
  "description",
  "format",
  "default",
  "examples"
]);
function unsupported(keyword) {
  return new Error(`schema-check does not support the keyword \`${keyword}\``);
}
function resolve(ref, root) {
  if (typeof ref !== "string" || !ref.startsWith("#")) {
    throw new Error(`schema-check resolves only local references, not ${String(ref)}`);
  }
  let target = root;
  for (const token of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
    target = isObject(target) && Object.hasOwn(target, key) ? target[key] : void 0;
  }
  if (typeof target !== "boolean" && !isObject(target)) {
    throw new Error(`schema reference ${ref} points at nothing`);
  }
  return target;
}
var compiled = /* @__PURE__ */ new Map();
function regex(pattern) {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern, "u");
    compiled.set(pattern, re);
  }
  return re;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isOfType(value, type) {
  switch (type) {
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return typeof value === type;
  }
}
function codePointLength(text) {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 55296 && unit <= 56319) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        length--;
        i++;
      }
    }
  }
  return length;
}
function shorterThan(text, limit) {
  if (text.length < limit) return true;
  if (text.length >= 2 * limit) return false;
  return codePointLength(text) < limit;
}
function longerThan(text, limit) {
  if (text.length <= limit) return false;
  return codePointLength(text) > limit;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}

// src/manifest/schema-check.ts
var MAX_ERRORS = 20;
function checkSchema(schema, value, root = schema) {
  const check = lazy(schema, root);
  if (check(value, "", void 0)) return [];
  const errors = [];
  check(value, "", errors);
  return errors.map(({ path: path2, message }) => `${path2 === "" ? "(top level)" : path2}: ${message}`);
}
function report(errors, path2, message) {
  if (errors && errors.length < MAX_ERRORS) errors.push({ path: path2, message });
  return false;
}
var join = (path2, key) => path2 === "" ? key : `${path2}.${key}`;
var compiledByRoot = /* @__PURE__ */ new WeakMap();
function lazy(schema, root) {
  let check;
  return (value, path2, errors) => {
    if (errors && errors.length >= MAX_ERRORS) return false;
    check ??= compiled2(schema, root);
    return check(value, path2, errors);
  };
}
function compiled2(schema, root) {
  if (schema === true) return () => true;
  if (schema === false) return (_value, path2, errors) => report(errors, path2, "is not allowed");
  if (typeof schema !== "object" || schema === null || typeof root !== "object" || !root) {
    return compile(schema, root);
  }
  let cache = compiledByRoot.get(root);
  if (!cache) compiledByRoot.set(root, cache = /* @__PURE__ */ new WeakMap());
  let check = cache.get(schema);
  if (!check) cache.set(schema, check = compile(schema, root));
  return check;
}
function compile(schema, root) {
  const checks = [];
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const make = Object.hasOwn(KEYWORDS, keyword) ? KEYWORDS[keyword] : void 0;
    if (!make) throw unsupported(keyword);
    checks.push(make(argument, schema, root));
  }
  if (checks.length === 1) return checks[0];
  return (value, path2, errors) => {
    let ok = true;
    for (let i = 0; i < checks.length; i++) {
      if (!checks[i](value, path2, errors)) {
        if (!errors) return false;
        ok = false;
      }
    }
    return ok;
  };
}
var KEYWORDS = {
  $ref: (ref, _schema, root) => {
    let target;
    return (value, path2, errors) => (target ??= lazy(resolve(ref, root), root))(value, path2, errors);
  },
  type: (expected) => {
    const allowed = Array.isArray(expected) ? expected : [expected];
    const names = allowed.map((t) => TYPE_NAMES[t] ?? String(t)).join(" or ");
    return (value, path2, errors) => allowed.some((t) => isOfType(value, t)) || report(errors, path2, `must be ${names}, not ${describeType(value)}`);
  },
  const: (expected) => (value, path2, errors) => deepEqual(expected, value) || report(errors, path2, `must be ${JSON.stringify(expected)}`),
  enum: (argument) => {
    const options = argument;
    return (value, path2, errors) => options.some((o) => deepEqual(o, value)) || report(errors, path2, `must be one of ${options.join(", ")}, not ${show(value)}`);
  },
  pattern: (pattern) => {
    const re = regex(pattern);
    return (value, path2, errors) => typeof value !== "string" || re.test(value) || report(errors, path2, `${show(value)} does not match ${pattern}`);
  },
  minLength: (argument) => {
    const limit = argument;
    const message = limit === 1 ? "is empty" : `is shorter than ${limit}`;
    return (value, path2, errors) => typeof value !== "string" || !shorterThan(value, limit) || report(errors, path2, message);
  },
  maxLength: (argument) => {
    const limit = argument;
    return (value, path2, errors) => typeof value !== "string" || !longerThan(value, limit) || report(errors, path2, `is longer than ${limit}`);
  },
  minimum: (argument) => {
    const limit = argument;
    return (value, path2, errors) => typeof value !== "number" || !(value < limit) || report(errors, path2, `must be at least ${limit}, not ${value}`);
  },
  maximum: (argument) => {
    const limit = argument;
    return (value, path2, errors) => typeof value !== "number" || !(value > limit) || report(errors, path2, `must be at most ${limit}, not ${value}`);
  },
  required: (argument) => {
    const keys = argument;
    return (value, path2, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (const key of keys) {
        if (Object.hasOwn(value, key)) continue;
        ok = report(errors, join(path2, key), "is missing");
        if (!errors) return false;
      }
      return ok;
    };
  },
  properties: (properties, _schema, root) => {
    const entries = Object.entries(properties);
    const keys = entries.map(([key]) => key);
    const checks = entries.map(([, schema]) => lazy(schema, root));
    return (value, path2, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (!Object.hasOwn(value, key)) continue;
        if (!checks[i](value[key], errors ? join(path2, key) : "", errors)) {
          if (!errors) return false;
          ok = false;
        }
      }
      return ok;
    };
  },
  patternProperties: (patterns, _schema, root) => {
    const entries = Object.entries(patterns).map(
      ([pattern, schema]) => [regex(pattern), lazy(schema, root)]
    );
    return (value, path2, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (const [re, check] of entries) {
        for (const key of Object.keys(value)) {
          if (!re.test(key) || check(value[key], errors ? join(path2, key) : "", errors)) continue;
          if (!errors) return false;
          ok = false;
        }
      }
      return ok;
    };
  },
  additionalProperties: (additional, schema, root) => {
    const declared = declaredKeys(schema);
    const check = additional === false ? void 0 : lazy(additional, root);
    return (value, path2, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (const key of Object.keys(value)) {
        if (declared(key)) continue;
        const fits = check ? check(value[key], errors ? join(path2, key) : "", errors) : report(errors, join(path2, key), "is not a known field");
        if (fits) continue;
        if (!errors) return false;
        ok = false;
      }
      return ok;
    };
  },
  propertyNames: (names, _schema, root) => {
    const check = lazy(names, root);
    return (value, path2, errors) => {
      if (!isObject(value)) return true;
      let ok = true;
      for (const key of Object.keys(value)) {
        const nameErrors = errors ? [] : void 0;
        if (check(key, "", nameErrors)) continue;
        if (!errors) return false;
        ok = false;
        const [first] = nameErrors;
        if (first) report(errors, join(path2, key), `is not a valid name: ${first.message}`);
      }
      return ok;
    };
  },
  items: (items, _schema, root) => {
    const check = lazy(items, root);
    return (value, path2, errors) => {
      if (!Array.isArray(value)) return true;
      let ok = true;
      for (let i = 0; i < value.length; i++) {
        if (!(i in value) || check(value[i], errors ? `${path2}[${i}]` : "", errors)) continue;
        if (!errors) return false;
        ok = false;
      }
      return ok;
    };
  },
  minItems: (argument) => {
    const limit = argument;
    return (value, path2, errors) => !Array.isArray(value) || !(value.length < limit) || report(errors, path2, `needs at least ${limit} item(s)`);
  },
  maxItems: (argument) => {
    const limit = argument;
    return (value, path2, errors) => !Array.isArray(value) || !(value.length > limit) || report(errors, path2, `holds more than ${limit} items`);
  },
  uniqueItems: (unique) => (value, path2, errors) => {
    if (unique !== true || !Array.isArray(value)) return true;
    const repeated = firstRepeat(value);
    return repeated === -1 || report(errors, `${path2}[${repeated}]`, "repeats an earlier item");
  }
};
function firstRepeat(items) {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (deepEqual(items[j], items[i])) return i;
  }
  return -1;
}
function declaredKeys(schema) {
  const properties = schema["properties"];
  const patterns = Object.keys(schema["patternProperties"] ?? {});
  const res = patterns.map((pattern) => regex(pattern));
  return (key) => (properties ? Object.hasOwn(properties, key) : false) || res.some((re) => re.test(key));
}
var TYPE_NAMES = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  null: "null"
};
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${show(value)}`;
}
function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

// src/manifest/entry-checks.ts
var manifestSchema = manifest_schema_default;
var definitions = manifest_schema_default.$defs;
var MAX_REASONS = 3;
function bundleProblem(key, entry) {
  if (!isBundleKey(key)) return `\`${key.slice(0, 80)}\` is not a version name like 1.2.3`;
  const errors = checkSchema(definitions["bundle"], entry, manifestSchema);
  if (errors.length > 0) return summarize(errors);
  const bundle = entry;
  return summarize(
    [
      bundle["version"] !== key ? `version: is ${String(bundle["version"])}, not ${key}` : "",
      urlProblem(bundle["url"]),
      encryptionProblem(bundle["checksum"], bundle["session_key"]),
      rangeProblem(bundle["native_versions"]),
      proxyProblem(bundle)
    ].filter(Boolean)
  );
}
function channelProblem(name, entry, bundles) {
  if (!isValidChannelName(name)) return `\`${name.slice(0, 80)}\` is not a valid channel name`;
  const shape = channelShapeProblem(entry);
  if (shape) return shape;
  const channel = entry;
  const missing = (version) => version !== void 0 && version !== BUILTIN && !Object.hasOwn(bundles, version);
  return summarize(
    [
      missing(channel.version) ? `version: ${channel.version} is not in bundles` : "",
      // `previous` only reaches devices while a rollout is partial.
      channel.rollout < 100 && missing(channel.previous) ? `previous: ${channel.previous} is not in bundles` : ""
    ].filter(Boolean)
  );
}
function channelShapeProblem(entry) {
  return summarize(checkSchema(definitions["channel"], entry, manifestSchema));
}
function isBundleKey(key) {
  const parsed = parseSemVer(key);
  return parsed !== void 0 && parsed.build === void 0;
}
function summarize(reasons) {
  if (reasons.length === 0) return void 0;
  const shown = reasons.slice(0, MAX_REASONS).join("; ");
  const more = reasons.length - MAX_REASONS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}
function urlProblem(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `url: \`${url.slice(0, 80)}\` is not a URL`;
  }
  if (parsed.protocol === "https:") return "";
  if (parsed.protocol === "http:" && isLoopbackHost2(parsed.hostname)) return "";
  return "url: must use https (devices block cleartext downloads)";
}
function isLoopbackHost2(hostname) {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
function encryptionProblem(checksum, sessionKey) {
  const encrypted = checksum.length === 512;
  if (encrypted && sessionKey === "") return "session_key: is empty but the checksum is encrypted";
  if (!encrypted && sessionKey !== "") return "session_key: is set but the checksum is plain";
  return "";
}
function rangeProblem(range) {
  if (range === void 0 || isValidRange(range)) return "";
  return `native_versions: \`${String(range).slice(0, 80)}\` is not a semver range`;
}
function proxyProblem(bundle) {
  if (bundle["delivery"] !== "proxy") return "";
  if (bundle["repository"] === "" || bundle["asset_id"] === 0) {
    return "delivery: proxy needs repository and asset_id";
  }
  return "";
}

// src/manifest/migrate.ts
function fromVersion0(manifest) {
  if (!Object.hasOwn(manifest, "default_channel")) manifest["default_channel"] = DEFAULT_CHANNEL;
  forEachEntry(manifest["bundles"], (key, bundle) => fillBundle(key, bundle));
  forEachEntry(
    manifest["channels"],
    (_name, channel) => fillDefaults(channel, channelDefaults())
  );
}
function fillBundle(key, bundle) {
  const checksum = bundle["checksum"];
  const sha256 = typeof checksum === "string" && /^[0-9a-f]{64}$/.test(checksum) ? checksum : "";
  fillDefaults(bundle, {
    version: key,
    sha256,
    size: 0,
    platforms: ["ios", "android"],
    tag: "",
    release_url: "",
    repository: "",
    asset_name: assetNameOf(bundle["url"]),
    asset_id: 0,
    delivery: "direct",
    created_at: "",
    commit: ""
  });
}
function assetNameOf(url) {
  if (typeof url !== "string") return "";
  try {
    const name = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
    return /^[A-Za-z0-9._-]+$/.test(name) ? name : "";
  } catch {
    return "";
  }
}
function channelDefaults() {
  return {
    rollout: 100,
    allow_self_set: true,
    platforms: ["ios", "android"],
    allow_emulator: true,
    allow_dev_build: true,
    history: []
  };
}
var MIGRATIONS = [fromVersion0];
function migrate(manifest, fromVersion) {
  for (let version = fromVersion; version < MANIFEST_SCHEMA_VERSION; version++) {
    MIGRATIONS[version]?.(manifest);
  }
  manifest["schema_version"] = MANIFEST_SCHEMA_VERSION;
}
function forEachEntry(map, fill) {
  if (!isObject(map)) return;
  for (const [key, entry] of Object.entries(map)) {
    if (isObject(entry)) fill(key, entry);
  }
}
function fillDefaults(target, defaults) {
  for (const [key, value] of Object.entries(defaults)) {
    if (!Object.hasOwn(target, key)) target[key] = value;
  }
}

// src/manifest/parse.ts
var MANIFEST_SCHEMA_ID = manifestSchema.$id;
var ManifestError = class extends Error {
  name = "ManifestError";
};
function readManifest(text) {
  const raw = parseJson(text);
  migrate(raw, schemaVersionOf(raw));
  checkTopLevel(raw);
  const bundles = toRecord(raw["bundles"]);
  const channels = toRecord(raw["channels"]);
  const manifest = { ...raw, bundles, channels };
  return {
    manifest,
    bundleProblem: judgedOnce(bundles, (version, entry) => bundleProblem(version, entry)),
    channelProblem: judgedOnce(channels, (name, entry) => channelProblem(name, entry, bundles))
  };
}
function judgedOnce(record, judge) {
  const judged = /* @__PURE__ */ new Map();
  return (key) => {
    if (!Object.hasOwn(record, key)) return void 0;
    if (judged.has(key)) return judged.get(key);
    const problem = judge(key, record[key]);
    judged.set(key, problem);
    return problem;
  };
}
function parseJson(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`the manifest is not valid JSON: ${error.message}`);
  }
  if (!isObject(value)) {
    const kind = Array.isArray(value) ? "an array" : value === null ? "null" : typeof value;
    throw new ManifestError(`the manifest must be a JSON object, not ${kind}`);
  }
  return value;
}
function schemaVersionOf(raw) {
  const version = raw["schema_version"] ?? 0;
  if (!Number.isInteger(version) || version < 0) {
    throw new ManifestError(
      `the manifest's schema_version must be a whole number, not ${String(version)}`
    );
  }
  if (version > MANIFEST_SCHEMA_VERSION) {
    throw new ManifestError(
      `the manifest has schema_version ${String(version)}, newer than this version of live-update-release understands (${MANIFEST_SCHEMA_VERSION}): update the action and the responder`
    );
  }
  return version;
}
function checkTopLevel(raw) {
  const shallow = { ...raw };
  for (const key of ["bundles", "channels"]) {
    if (isObject(raw[key])) shallow[key] = {};
  }
  const errors = checkSchema(manifestSchema, shallow);
  if (errors.length > 0) {
    throw new ManifestError(`the manifest's top level is invalid: ${errors.join("; ")}`);
  }
}
function toRecord(source) {
  const record = /* @__PURE__ */ Object.create(null);
  for (const key of Object.keys(source)) record[key] = source[key];
  return record;
}

// src/manifest/history.ts
function rolledBackFrom(channel) {
  const versions = /* @__PURE__ */ new Set();
  for (const move of channel.history) {
    versions.delete(move.version);
    if (move.action === "rollback" && move.from !== void 0 && move.from !== move.version) {
      versions.add(move.from);
    }
  }
  return versions;
}

// src/responder/bundle-plan.ts
var NOT_A_VERSION = { major: 0, minor: 0, patch: 0, prerelease: [] };
function compileBundle(version, entry, parseProblem, options) {
  const encrypted = typeof entry.session_key === "string" && entry.session_key !== "";
  const semver = parseSemVer(version);
  const nativeRange = nonEmptyString(entry.native_versions);
  const storedUrl = typeof entry.url === "string" ? entry.url : "";
  const storedCheck = checkDeviceUrl(storedUrl);
  const plan = {
    version,
    replyText: "",
    major: semver?.major ?? 0,
    semver: semver ?? NOT_A_VERSION,
    platforms: new Set(stringArray(entry.platforms)),
    nativeRange,
    nativeRanges: nativeRange === void 0 ? void 0 : parsedRange(nativeRange),
    keyId: nonEmptyString(entry.key_id),
    encrypted,
    proxied: entry.delivery === "proxy",
    asset: assetOf(entry),
    storedUrl,
    loopbackHttp: storedCheck.ok && storedCheck.loopbackHttp
  };
  const problem = parseProblem ? invalid(version, parseProblem) : entryProblem(version, entry, plan, semver) ?? deliveryProblem(version, entry, plan, options);
  if (problem) return { ...plan, problem };
  const reply = downloadReply(version, entry, plan, options);
  const urlCheck = reply.url === storedUrl ? storedCheck : checkDeviceUrl(reply.url);
  const replyProblem = replyContractProblem(reply, urlCheck);
  if (replyProblem) return { ...plan, problem: invalid(version, replyProblem) };
  return { ...plan, replyText: JSON.stringify(reply) };
}
function entryProblem(version, entry, plan, semver) {
  if (semver === void 0) return invalid(version, "its version is not semver");
  if (plan.platforms.size === 0) return invalid(version, "it lists no platforms");
  if (plan.encrypted && plan.keyId === void 0) {
    return invalid(version, "it is encrypted but has no key_id");
  }
  if (entry.delivery === "proxy" && !plan.asset) {
    return invalid(version, "proxy delivery needs its repository and asset_id");
  }
  return void 0;
}
function deliveryProblem(version, entry, plan, options) {
  if (entry.delivery !== "proxy") return void 0;
  if (options.publicUrl && options.canProxy) return void 0;
  return {
    code: "proxy_not_configured",
    message: `Bundle ${plan.version} is delivered through the responder, which needs PUBLIC_URL and GITHUB_TOKEN.`
  };
}
function downloadReply(version, entry, plan, options) {
  const url = entry.delivery === "proxy" ? `${trimSlash(options.publicUrl ?? "")}/bundles/${encodeURIComponent(version)}` : plan.storedUrl;
  return {
    version,
    url,
    checksum: typeof entry.checksum === "string" ? entry.checksum : "",
    session_key: plan.encrypted ? String(entry.session_key) : ""
  };
}
function replyContractProblem(reply, url) {
  if (!url.ok) return `its url ${url.problem}`;
  if (reply.session_key === "") {
    if (!/^[0-9a-f]{64}$/.test(reply.checksum)) return "its checksum is not a 64-hex SHA-256";
  } else {
    if (!/^[0-9a-f]{512}$/.test(reply.checksum)) {
      return "it is encrypted but its checksum is not the 512-hex encrypted form";
    }
    if (!/^[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$/.test(reply.session_key)) {
      return "its session_key is not base64(iv):base64(key)";
    }
  }
  return void 0;
}
function assetOf(entry) {
  const repository = entry.repository;
  const id = entry.asset_id;
  if (typeof repository !== "string" || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return void 0;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) return void 0;
  return { repository, id };
}
function invalid(version, reason) {
  return { code: "invalid_bundle", message: `Bundle ${version} cannot be served: ${reason}.` };
}
function trimSlash(url) {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}
function stringArray(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function nonEmptyString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}

// src/responder/bundle-plans.ts
var LazyBundlePlans = class {
  constructor(read, options, warn) {
    this.read = read;
    this.options = options;
    this.warn = warn;
    const entries = read.manifest.bundles;
    this.versions = typeof entries === "object" && entries !== null ? Object.keys(entries) : [];
  }
  read;
  options;
  warn;
  plans = /* @__PURE__ */ new Map();
  versions;
  get size() {
    return this.versions.length;
  }
  get(version) {
    const known = this.plans.get(version);
    if (known) return known;
    const bundles = this.read.manifest.bundles;
    if (typeof bundles !== "object" || bundles === null || !Object.hasOwn(bundles, version)) {
      return void 0;
    }
    const problem = this.read.bundleProblem(version);
    const plan = compileBundle(version, bundles[version], problem, this.options);
    this.plans.set(version, plan);
    const warning = warningFor(plan);
    if (warning) this.warn(warning);
    return plan;
  }
  next = 0;
  /** Compiles up to `limit` more bundles, in manifest order; whether all are compiled now. */
  compileMore(limit = Number.POSITIVE_INFINITY) {
    for (let count = 0; this.next < this.versions.length && count < limit; this.next++) {
      const version = this.versions[this.next];
      if (this.plans.has(version)) continue;
      this.get(version);
      count++;
    }
    return this.next >= this.versions.length;
  }
};
function warningFor(plan) {
  if (plan.problem) return plan.problem.message;
  if (plan.loopbackHttp && plan.storedUrl.startsWith("http:")) {
    return `Bundle ${plan.version} uses a plain http URL: devices accept it on loopback only.`;
  }
  return void 0;
}

// src/responder/compile.ts
function compileRead(read, options, everything = false) {
  const { manifest } = read;
  let found = [];
  const take = () => {
    const taken = found;
    found = [];
    return taken;
  };
  const bundles = new LazyBundlePlans(read, options, (warning) => found.push(warning));
  if (everything) bundles.compileMore();
  const channels = /* @__PURE__ */ new Map();
  for (const [name, channel] of ownEntries(manifest.channels)) {
    const plan = compileChannel(name, channel, read.channelProblem(name), bundles);
    if (plan.problem) found.push(plan.problem.message);
    channels.set(name, plan);
  }
  return {
    appId: manifest.app_id,
    defaultChannel: manifest.default_channel,
    channels,
    bundles,
    selfSetChannels: listSelfSet(manifest, channels),
    warnings: take(),
    compileRest(limit) {
      const done = bundles.compileMore(limit);
      return { done, warnings: take() };
    },
    updatedAt: manifest.updated_at
  };
}
function compileChannel(name, channel, parseProblem, bundles) {
  const plan = {
    name,
    allowSelfSet: channel.allow_self_set === true,
    platforms: new Set(stringArray(channel.platforms)),
    allowEmulator: channel.allow_emulator === true,
    allowDevBuild: channel.allow_dev_build === true,
    insideBuckets: rolloutBuckets(typeof channel.rollout === "number" ? channel.rollout : 100),
    current: targetOf(nonEmptyString(channel.version), bundles),
    previous: targetOf(nonEmptyString(channel.previous), bundles),
    rolledBackFrom: safeRolledBackFrom(channel)
  };
  if (parseProblem) {
    return {
      ...plan,
      problem: {
        code: "misconfigured_channel",
        message: `Channel ${name} is misconfigured: ${parseProblem}.`
      }
    };
  }
  return plan;
}
function targetOf(version, bundles) {
  if (version === void 0) return void 0;
  if (version === BUILTIN) return { version };
  const bundle = bundles.get(version);
  if (!bundle) {
    return {
      version,
      problem: { code: "no_bundle", message: `Bundle ${version} is not in the manifest.` }
    };
  }
  return bundle.problem ? { version, bundle, problem: bundle.problem } : { version, bundle };
}
function safeRolledBackFrom(channel) {
  try {
    return Array.isArray(channel.history) ? rolledBackFrom(channel) : /* @__PURE__ */ new Set();
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function listSelfSet(manifest, channels) {
  const names = [...channels.values()].filter((plan) => plan.allowSelfSet && !plan.problem).map((plan) => plan.name).sort();
  return names.map((name, index) => ({
    id: index + 1,
    name,
    public: name === manifest.default_channel,
    allow_self_set: true
  }));
}
function ownEntries(record) {
  if (typeof record !== "object" || record === null) return [];
  return Object.keys(record).map((key) => [key, record[key]]);
}

// src/responder/routes.ts
var BUNDLE_PATH = /\/bundles\/([^/]+)\/?$/;
function matchRoute(method, path2) {
  const clean = path2.length > 1 && path2.endsWith("/") ? path2.slice(0, -1) : path2;
  const verb = isUpperCase(method) ? method : method.toUpperCase();
  if (verb === "POST" && (clean === "" || clean === "/" || endsWithSegment(clean, "/updates"))) {
    return UPDATES;
  }
  if (verb === "POST" && endsWithSegment(clean, "/stats")) return STATS;
  if (endsWithSegment(clean, "/channel_self") && CHANNEL_VERBS.has(verb)) return CHANNEL_SELF;
  if ((verb === "GET" || verb === "HEAD") && endsWithSegment(clean, "/health")) return HEALTH;
  const bundle = verb === "GET" || verb === "HEAD" ? BUNDLE_PATH.exec(clean) : null;
  if (bundle?.[1]) return { name: "bundle", version: decodeSegment(bundle[1]) };
  return NOT_FOUND;
}
var UPDATES = { name: "updates" };
var STATS = { name: "stats" };
var CHANNEL_SELF = { name: "channel_self" };
var HEALTH = { name: "health" };
var NOT_FOUND = { name: "not_found" };
var CHANNEL_VERBS = /* @__PURE__ */ new Set(["POST", "PUT", "GET", "DELETE"]);
function endsWithSegment(path2, slashed) {
  return path2.endsWith(slashed);
}
function isUpperCase(method) {
  return method === "POST" || method === "GET" || method === "PUT" || method === "HEAD";
}
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function bodyLimitFor(method, path2) {
  return matchRoute(method, path2).name === "stats" ? STATS_BODY_LIMIT : CHECK_BODY_LIMIT;
}
function bodyTimeoutFor(method, path2) {
  return matchRoute(method, path2).name === "stats" ? STATS_BODY_TIMEOUT_MS : CHECK_BODY_TIMEOUT_MS;
}

// src/responder/source.ts
var REST_AFTER_MS = 50;
var BUNDLES_PER_SLICE = 20;
var nextTurn = () => new Promise((resolve2) => {
  const immediate = globalThis.setImmediate;
  if (immediate) immediate(resolve2);
  else setTimeout(resolve2, 0);
});
var RETRY_WITHOUT_MANIFEST_MS = 2e3;
function createManifestSource(loader, ttlMs, compile2, log, now = Date.now) {
  let loaded;
  let error;
  let lastAttempt = Number.NEGATIVE_INFINITY;
  let inFlight;
  let finishing;
  const attempt = async () => {
    lastAttempt = now();
    try {
      const result = await loader.load(loaded?.tag);
      if (result.changed) loaded = accept(result.text, result.tag);
      else if (loaded) loaded.confirmedAt = now();
      error = void 0;
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
      log.warn(keepMessage(loaded !== void 0), { source: loader.describe, reason: error });
    }
  };
  const accept = (text, tag) => {
    const compiled3 = compile2(readManifest(text));
    log.event("manifest_loaded", {
      source: loader.describe,
      app_id: compiled3.appId,
      bundles: compiled3.bundles.size,
      channels: compiled3.channels.size
    });
    warnAll(compiled3.warnings);
    finishing = compileRestSoon(compiled3);
    const at2 = now();
    return { compiled: compiled3, loadedAt: at2, confirmedAt: at2, tag };
  };
  const warnAll = (warnings) => {
    for (const warning of warnings) log.warn(warning, { source: loader.describe });
  };
  const compileRestSoon = async (compiled3) => {
    await new Promise((resolve2) => setTimeout(resolve2, REST_AFTER_MS));
    for (let done = false; !done; await nextTurn()) {
      if (loaded?.compiled !== compiled3) return;
      try {
        const rest = compiled3.compileRest(BUNDLES_PER_SLICE);
        warnAll(rest.warnings);
        done = rest.done;
      } catch (cause) {
        log.warn("Judging the bundle entries failed.", {
          source: loader.describe,
          reason: cause instanceof Error ? cause.message : String(cause)
        });
        return;
      }
    }
  };
  const refresh = () => {
    inFlight ??= attempt().finally(() => {
      inFlight = void 0;
    });
    return inFlight;
  };
  const interval = () => loaded ? loader.recheckMs(ttlMs) : Math.min(loader.recheckMs(ttlMs), RETRY_WITHOUT_MANIFEST_MS);
  return {
    ready: () => loaded && now() - lastAttempt < interval() ? loaded : void 0,
    async current() {
      if (now() - lastAttempt >= interval()) {
        const running = refresh();
        if (!loaded || loader.waitForRecheck) await running;
      } else if (!loaded && inFlight) {
        await inFlight;
      }
      return loaded;
    },
    settled: () => Promise.all([inFlight, finishing]).then(() => void 0),
    loadedNow: () => loaded,
    lastError: () => error
  };
}
function keepMessage(hasManifest) {
  return hasManifest ? "The manifest could not be refreshed; the last good one keeps serving." : "The manifest could not be loaded; update checks fail until it loads.";
}

// src/responder/stats.ts
function answerStats(body, log) {
  const parsed = parseJsonBody(body, STATS_BODY_LIMIT, true);
  if (!parsed.ok) return jsonResponse(400, parsed.reply);
  const events = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  const shown = events.slice(0, STATS_EVENTS_LOGGED).filter(isJsonObject);
  for (const event of shown) log.event("stats", statsFields(event));
  if (events.length > STATS_EVENTS_LOGGED) {
    log.event("stats_truncated", { received: events.length, logged: STATS_EVENTS_LOGGED });
  }
  return jsonResponse(200, { status: "ok" });
}
function statsFields(event) {
  return {
    action: logged(ownValue(event, "action")),
    version_name: logged(ownValue(event, "version_name")),
    old_version_name: logged(ownValue(event, "old_version_name")),
    app_id: logged(ownValue(event, "app_id")),
    platform: logged(ownValue(event, "platform")),
    version_build: logged(ownValue(event, "version_build"))
  };
}

// src/responder/device.ts
function readDevice(body) {
  return {
    appId: ownString(body, "app_id") ?? "",
    deviceId: ownString(body, "device_id") ?? "",
    platform: ownString(body, "platform") ?? "",
    versionName: ownString(body, "version_name") ?? "",
    versionBuild: ownString(body, "version_build") ?? "",
    pluginVersion: nonEmpty(ownString(body, "plugin_version")),
    isEmulator: ownValue(body, "is_emulator") === true,
    isDevBuild: ownValue(body, "is_prod") === false,
    defaultChannel: ownString(body, "defaultChannel") ?? "",
    keyId: nonEmpty(ownString(body, "key_id"))
  };
}
function nonEmpty(value) {
  return value === void 0 || value === "" ? void 0 : value;
}

// src/responder/update-check.ts
function answerUpdateCheck(body, manifest, log) {
  const parsed = parseDeviceBody(body, CHECK_BODY_LIMIT);
  if (!parsed.ok) {
    log.event("update_check", { decision: "invalid", code: parsed.reply.error });
    return jsonResponse(400, parsed.reply);
  }
  const device = readDevice(parsed.value);
  const outcome = manifest ? decide(manifest, device) : { kind: "failed", code: "no_channel", message: "The responder has no manifest loaded yet." };
  log.event("update_check", logFields(device, outcome));
  switch (outcome.kind) {
    case "download":
      return jsonTextResponse(200, outcome.bundle.replyText);
    case "up_to_date":
      return jsonTextResponse(200, UP_TO_DATE_TEXT);
    case "builtin":
      return jsonTextResponse(200, BUILTIN_TEXT);
    default:
      return jsonResponse(200, replyFor(outcome));
  }
}
var UP_TO_DATE_TEXT = JSON.stringify(UP_TO_DATE);
var BUILTIN_TEXT = JSON.stringify(BUILTIN_REPLY);
function replyFor(outcome) {
  switch (outcome.kind) {
    case "builtin":
      return BUILTIN_REPLY;
    case "up_to_date":
      return UP_TO_DATE;
    case "blocked":
      return { error: outcome.code, message: outcome.message, kind: "blocked" };
    case "failed":
      return failed(outcome.code, outcome.message);
  }
}
function logFields(device, outcome) {
  return {
    app_id: logged(device.appId),
    platform: logged(device.platform),
    channel: outcome.channel,
    from: logged(device.versionName),
    native: logged(device.versionBuild),
    to: targetOf2(outcome),
    decision: outcome.kind,
    code: "code" in outcome ? outcome.code : void 0,
    plugin_version: logged(device.pluginVersion)
  };
}
function targetOf2(outcome) {
  if (outcome.kind === "download") return outcome.bundle.version;
  if (outcome.kind === "builtin") return "builtin";
  return outcome.target;
}

// src/responder/responder.ts
function createResponderCore(options, hooks = {}) {
  checkOptions(options);
  const now = hooks.now ?? Date.now;
  const log = createEventLog(options.log ?? consoleSink);
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const ttlMs = (options.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1e3;
  const compile2 = (read) => compileRead(read, { publicUrl: options.publicUrl, canProxy: !!options.githubToken });
  const source = createManifestSource(
    manifestLoader(options, hooks, fetchFn),
    ttlMs,
    compile2,
    log,
    now
  );
  const answerBundle = createBundleProxy(
    {
      githubToken: options.githubToken,
      githubApiUrl: options.githubApiUrl ?? DEFAULT_GITHUB_API_URL,
      fetch: fetchFn,
      now
    },
    log
  );
  const answerFrom = (request, matched, manifest) => {
    switch (matched.name) {
      case "updates":
        return answerUpdateCheck(request.body, manifest, log);
      case "channel_self":
        return answerChannel(request, manifest, log);
      case "health":
        return answerHealth(source, now);
      case "bundle":
        return answerBundle(matched.version, manifest);
      default:
        return notFound();
    }
  };
  const route = (request) => {
    const matched = matchRoute(request.method, request.path);
    if (matched.name === "not_found") return notFound();
    if (matched.name === "stats") return answerStats(request.body, log);
    const ready = source.ready();
    if (ready) return answerFrom(request, matched, ready.compiled);
    return source.current().then((loaded) => answerFrom(request, matched, loaded?.compiled));
  };
  const answer = (request) => {
    try {
      const answered = route(request);
      if (!(answered instanceof Promise)) return answered;
      return answered.catch((cause) => unexpected(cause, log));
    } catch (cause) {
      return unexpected(cause, log);
    }
  };
  return {
    handle: (request) => Promise.resolve(answer(request)),
    answer,
    bodyLimit: bodyLimitFor,
    bodyTimeoutMs: bodyTimeoutFor,
    settled: () => source.settled(),
    warmUp: () => source.current().then(() => void 0)
  };
}
function notFound() {
  return jsonResponse(404, { error: "not_found", message: "No such route." });
}
function manifestLoader(options, hooks, fetchFn) {
  if (options.manifestUrl)
    return createUrlLoader(options.manifestUrl, options.manifestToken, fetchFn);
  if (!hooks.fileLoader) {
    throw new Error(
      "MANIFEST_FILE needs a file system, which this platform lacks: set MANIFEST_URL instead."
    );
  }
  return hooks.fileLoader(options.manifestFile ?? "");
}
function answerChannel(request, manifest, log) {
  switch (request.method.toUpperCase()) {
    case "POST":
      return setChannel(request.body, manifest, log);
    case "PUT":
      return getChannel(request.body, manifest);
    case "GET":
      return listChannels(request.query, manifest);
    default:
      return unsetChannel();
  }
}
function answerHealth(source, now) {
  const loaded = source.loadedNow();
  if (!loaded) {
    return jsonResponse(503, {
      status: "no_manifest",
      message: "No manifest has loaded yet; the responder log says why."
    });
  }
  const { compiled: compiled3 } = loaded;
  return jsonResponse(200, {
    status: "ok",
    app_id: compiled3.appId,
    bundles: compiled3.bundles.size,
    channels: compiled3.channels.size,
    manifest_age_seconds: Math.round((now() - loaded.confirmedAt) / 1e3),
    ...compiled3.updatedAt ? { manifest_updated_at: compiled3.updatedAt } : {},
    refresh_failing: source.lastError() !== void 0
  });
}
function unexpected(cause, log) {
  log.warn("Unexpected error while answering a request.", {
    reason: cause instanceof Error ? cause.message : String(cause)
  });
  return jsonResponse(200, failed("server_error", "The responder could not answer this request."));
}
function misconfiguredResponse(cause, log) {
  log.warn("The responder is misconfigured.", {
    reason: cause instanceof Error ? cause.message : String(cause)
  });
  return jsonResponse(
    200,
    failed("misconfigured_responder", "The update server is misconfigured; its log says why.")
  );
}

// src/responder/platforms/file-loader.ts
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
var RECHECK_MS = 1e3;
function createFileLoader(file) {
  const absolute = path.resolve(file);
  return {
    describe: absolute,
    recheckMs: (ttlMs) => Math.min(ttlMs, RECHECK_MS),
    waitForRecheck: true,
    async load(tag) {
      const stamp = fileStamp(absolute);
      if (tag === stamp) return { changed: false };
      return { changed: true, text: readText(absolute), tag: stamp };
    }
  };
}
function fileStamp(file) {
  try {
    const info = statSync(file);
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch (cause) {
    throw new Error(`MANIFEST_FILE ${file} cannot be read: ${codeOf(cause)}.`);
  }
}
function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (cause) {
    throw new Error(`Reading MANIFEST_FILE ${file} failed: ${codeOf(cause)}.`);
  }
}
function codeOf(cause) {
  const code = cause?.code;
  return typeof code === "string" ? code : cause instanceof Error ? cause.message : String(cause);
}

// src/responder/platforms/node-responder.ts
function createResponder(options) {
  return createResponderCore(options, { fileLoader: createFileLoader });
}

// src/responder/platforms/lambda.ts
var shared;
async function handler(event) {
  try {
    shared ??= createResponder(optionsFromEnv(process.env));
  } catch (cause) {
    return toResult(misconfiguredResponse(cause, createEventLog(consoleSink)));
  }
  return handleLambdaEvent(shared, event);
}
async function handleLambdaEvent(responder, event) {
  return toResult(await responder.handle(toRequest(event)));
}
function toRequest(event) {
  const method = (event.requestContext?.http?.method ?? event.httpMethod ?? "GET").toUpperCase();
  const raw = event.body ?? "";
  return {
    method,
    path: event.rawPath ?? event.path ?? "/",
    query: queryOf(event),
    headers: lowerCaseHeaders(event.headers),
    body: event.isBase64Encoded ? new Uint8Array(Buffer.from(raw, "base64")) : raw
  };
}
function queryOf(event) {
  if (typeof event.rawQueryString === "string") {
    return Object.fromEntries(new URLSearchParams(event.rawQueryString));
  }
  const query = {};
  for (const [key, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (typeof value === "string") query[key] = value;
  }
  return query;
}
function lowerCaseHeaders(headers) {
  const result = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === "string") result[name.toLowerCase()] = value;
  }
  return result;
}
function toResult(response) {
  return {
    statusCode: response.status,
    headers: response.headers,
    body: response.body,
    isBase64Encoded: false
  };
}
export {
  handleLambdaEvent,
  handler,
  toRequest
};
