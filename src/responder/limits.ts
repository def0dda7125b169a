// Limits that keep one misbehaving client from costing the responder more than a normal one.

/** An update check is about 400 bytes; 64 KiB leaves room for custom fields and nothing more. */
export const CHECK_BODY_LIMIT = 64 * 1024;

/** Stats arrive in batches of up to 200 events with metadata: about 12 MB at worst. */
export const STATS_BODY_LIMIT = 16 * 1024 * 1024;

/** The plugin gives up on a check after `responseTimeout` (20 s by default). */
export const CHECK_BODY_TIMEOUT_MS = 10_000;

/** A large stats batch on a slow mobile link needs longer than a check. */
export const STATS_BODY_TIMEOUT_MS = 60_000;

/** One stats batch from the plugin holds at most 200 events; log no more than this per request. */
export const STATS_EVENTS_LOGGED = 1000;

/** A manifest fetch that hangs must not hold the first requests forever. */
export const MANIFEST_FETCH_TIMEOUT_MS = 10_000;

/** GitHub's signed asset URLs live about 5 minutes; reuse one for a minute to spare the API quota. */
export const ASSET_REDIRECT_CACHE_MS = 60_000;

/** Strings copied from a request into a log line are cut to this length. */
export const LOGGED_STRING_LIMIT = 100;
