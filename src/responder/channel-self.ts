// `/channel_self`: the plugin's setChannel (POST), getChannel (PUT), listChannels (GET) and
// unsetChannel (DELETE). Since x.34 the plugin stores the chosen channel itself and sends it as
// `defaultChannel` on every check, so these answers come from the manifest alone: nothing is
// stored per device.
import { ownString, parseDeviceBody } from './body.js';
import type { CompiledManifest } from './compile.js';
import { pickChannel } from './decide.js';
import { jsonResponse, type NeutralResponse } from './http.js';
import { CHECK_BODY_LIMIT } from './limits.js';
import { logged, type EventLog } from './log.js';
import { failed } from './replies.js';

interface ChannelRefusal {
  error: string;
  message: string;
}

const NO_MANIFEST: ChannelRefusal = {
  error: 'no_channel',
  message: 'The responder has no manifest loaded yet.',
};

/** POST: may the device pick `channel`? The plugin stores it only on success. */
export function setChannel(
  body: Uint8Array | string,
  manifest: CompiledManifest | undefined,
  log: EventLog,
): NeutralResponse {
  const parsed = parseDeviceBody(body, CHECK_BODY_LIMIT);
  if (!parsed.ok) return jsonResponse(400, parsed.reply);
  const requested = ownString(parsed.value, 'channel');
  if (!requested) {
    const problem = 'The field `channel` must be a non-empty string.';
    return jsonResponse(400, failed('missing_info', problem));
  }
  const appId = ownString(parsed.value, 'app_id') ?? '';
  const refusal = manifest
    ? (appRefusal(appId, manifest) ?? setRefusal(requested, manifest))
    : NO_MANIFEST;
  log.event('channel_set', {
    app_id: logged(appId),
    channel: logged(requested),
    result: refusal?.error ?? 'ok',
  });
  return jsonResponse(200, refusal ?? { status: 'ok', allowSet: true });
}

// Picking the default channel always works: routing lands there for any channel not open to
// self-assignment, so storing its name changes nothing and lets a device leave a beta channel.
function setRefusal(requested: string, manifest: CompiledManifest): ChannelRefusal | undefined {
  const channel = manifest.channels.get(requested);
  if (!channel) {
    return { error: 'channel_not_found', message: `Channel ${requested} does not exist.` };
  }
  if (channel.allowSelfSet || requested === manifest.defaultChannel) return undefined;
  return {
    error: 'cannot_update_via_private_channel',
    message: `Channel ${requested} does not allow devices to pick it themselves.`,
  };
}

/**
 * PUT: the channel the device is routed to. A 400 holding `channel_not_found` makes the plugin
 * fall back to its configured default.
 */
export function getChannel(
  body: Uint8Array | string,
  manifest: CompiledManifest | undefined,
): NeutralResponse {
  const parsed = parseDeviceBody(body, CHECK_BODY_LIMIT);
  if (!parsed.ok) return jsonResponse(400, parsed.reply);
  const requested = ownString(parsed.value, 'defaultChannel') ?? '';
  if (!manifest) return channelNotFound(requested || 'default');
  const refusal = appRefusal(ownString(parsed.value, 'app_id') ?? '', manifest);
  if (refusal) return jsonResponse(200, refusal);

  const routed = pickChannel(manifest, requested);
  if (requested !== '' && !manifest.channels.has(requested)) return channelNotFound(requested);
  if (!routed) return channelNotFound(manifest.defaultChannel);
  const override = routed.name === requested && requested !== manifest.defaultChannel;
  return jsonResponse(200, {
    channel: routed.name,
    status: override ? 'override' : 'default',
    allowSet: routed.allowSelfSet,
  });
}

/** GET: the channels a device may pick; the plugin sends its fields as query parameters. */
export function listChannels(
  query: Record<string, string>,
  manifest: CompiledManifest | undefined,
): NeutralResponse {
  if (!manifest) return jsonResponse(200, []);
  const appId = query.app_id;
  const refusal = appId === undefined ? undefined : appRefusal(appId, manifest);
  return jsonResponse(200, refusal ?? manifest.selfSetChannels);
}

/** DELETE: older plugins (before x.34) ask the server to forget the device's choice. */
export function unsetChannel(): NeutralResponse {
  return jsonResponse(200, { status: 'ok' });
}

function appRefusal(appId: string, manifest: CompiledManifest): ChannelRefusal | undefined {
  if (appId === manifest.appId) return undefined;
  return {
    error: 'unknown_app',
    message: `This responder serves ${manifest.appId}, not ${logged(appId)}.`,
  };
}

function channelNotFound(name: string): NeutralResponse {
  return jsonResponse(400, failed('channel_not_found', `Channel ${logged(name)} does not exist.`));
}
