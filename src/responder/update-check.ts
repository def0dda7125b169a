// `POST /updates`: one update check in, one reply of the plugin's protocol out, one log line.
import { parseDeviceBody } from './body.js';
import type { CompiledManifest } from './compile.js';
import { decide, type Outcome } from './decide.js';
import { readDevice, type DeviceInfo } from './device.js';
import { jsonResponse, jsonTextResponse, type NeutralResponse } from './http.js';
import { CHECK_BODY_LIMIT } from './limits.js';
import { lineShape, logged, type EventLog } from './log.js';
import { BUILTIN_REPLY, failed, UP_TO_DATE, type RefusalReply } from './replies.js';

export function answerUpdateCheck(
  body: Uint8Array | string,
  manifest: CompiledManifest | undefined,
  log: EventLog,
): NeutralResponse {
  const parsed = parseDeviceBody(body, CHECK_BODY_LIMIT);
  if (!parsed.ok) {
    log.event('update_check', { decision: 'invalid', code: parsed.reply.error });
    return jsonResponse(400, parsed.reply);
  }
  const device = readDevice(parsed.value);
  const outcome: Outcome = manifest
    ? decide(manifest, device)
    : { kind: 'failed', code: 'no_channel', message: 'The responder has no manifest loaded yet.' };
  logCheck(log, device, outcome);
  switch (outcome.kind) {
    case 'download':
      return jsonTextResponse(200, outcome.bundle.replyText);
    case 'up_to_date':
      return jsonTextResponse(200, UP_TO_DATE_TEXT);
    case 'builtin':
      return jsonTextResponse(200, BUILTIN_TEXT);
    default:
      return jsonResponse(200, replyFor(outcome));
  }
}

// The replies that never vary, serialised once.
const UP_TO_DATE_TEXT = JSON.stringify(UP_TO_DATE);
const BUILTIN_TEXT = JSON.stringify(BUILTIN_REPLY);

function replyFor(
  outcome: Exclude<Outcome, { kind: 'download' }>,
): RefusalReply | typeof BUILTIN_REPLY {
  switch (outcome.kind) {
    case 'builtin':
      return BUILTIN_REPLY;
    case 'up_to_date':
      return UP_TO_DATE;
    case 'blocked':
      return { error: outcome.code, message: outcome.message, kind: 'blocked' };
    case 'failed':
      return failed(outcome.code, outcome.message);
  }
}

const CHECK_LINE = lineShape('update_check', [
  'app_id',
  'platform',
  'channel',
  'from',
  'native',
  'to',
  'decision',
  'code',
  'plugin_version',
]);

function logCheck(log: EventLog, device: DeviceInfo, outcome: Outcome): void {
  log.line(CHECK_LINE, [
    logged(device.appId),
    logged(device.platform),
    outcome.channel,
    logged(device.versionName),
    logged(device.versionBuild),
    targetOf(outcome),
    outcome.kind,
    'code' in outcome ? outcome.code : undefined,
    logged(device.pluginVersion),
  ]);
}

function targetOf(outcome: Outcome): string | undefined {
  if (outcome.kind === 'download') return outcome.bundle.version;
  if (outcome.kind === 'builtin') return 'builtin';
  return outcome.target;
}
