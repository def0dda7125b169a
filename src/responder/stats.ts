// `POST /stats`: the plugin reports installs and failures, one event or (8.42+) a batch. Any 2xx
// counts as delivered and other 4xx drop the batch, so only an unreadable body is refused.
import { isJsonObject, ownValue, parseJsonBody, type JsonObject } from './body.js';
import { jsonResponse, type NeutralResponse } from './http.js';
import { STATS_BODY_LIMIT, STATS_EVENTS_LOGGED } from './limits.js';
import { logged, type EventLog } from './log.js';

export function answerStats(body: Uint8Array | string, log: EventLog): NeutralResponse {
  const parsed = parseJsonBody(body, STATS_BODY_LIMIT, true);
  if (!parsed.ok) return jsonResponse(400, parsed.reply);
  const events = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  const shown = events.slice(0, STATS_EVENTS_LOGGED).filter(isJsonObject);
  for (const event of shown) log.event('stats', statsFields(event));
  if (events.length > STATS_EVENTS_LOGGED) {
    log.event('stats_truncated', { received: events.length, logged: STATS_EVENTS_LOGGED });
  }
  return jsonResponse(200, { status: 'ok' });
}

function statsFields(event: JsonObject) {
  return {
    action: logged(ownValue(event, 'action')),
    version_name: logged(ownValue(event, 'version_name')),
    old_version_name: logged(ownValue(event, 'old_version_name')),
    app_id: logged(ownValue(event, 'app_id')),
    platform: logged(ownValue(event, 'platform')),
    version_build: logged(ownValue(event, 'version_build')),
  };
}
