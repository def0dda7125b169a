// How `check` shows its verdicts: the device it played, one line per step, and a conclusion.
import type { ReplyVerdict } from './check-reply.js';
import type { DeviceOptions } from './check-request.js';
import type { Step } from './check-steps.js';
import { out } from './output.js';
import { escapeControl } from './terminal-text.js';

export function printSteps(
  device: DeviceOptions,
  body: Record<string, unknown>,
  steps: Step[],
  verdict: ReplyVerdict | undefined,
): void {
  const played = [
    `app ${device.appId}`,
    `running ${device.versionName} on native ${device.versionBuild}`,
    `plugin ${device.pluginVersion}`,
    `device ${String(body.device_id)}`,
    ...(body.key_id ? [`key_id ${String(body.key_id)}`] : []),
    ...(device.channel ? [`channel ${device.channel}`] : []),
  ];
  out(escapeControl(`Update check as an ${device.platform} device: ${played.join(', ')}`));
  const width = Math.max(...steps.map((s) => s.step.length)) + 2;
  for (const s of steps) {
    // Details quote the responder's and the file host's words.
    out(`  ${s.status.toUpperCase().padEnd(6)}${s.step.padEnd(width)}${escapeControl(s.detail)}`);
  }
  out(escapeControl(conclusion(steps, verdict)));
}

function conclusion(steps: Step[], verdict: ReplyVerdict | undefined): string {
  const failures = steps.filter((s) => s.status === 'fail').length;
  if (failures > 0) {
    return `FAILED: ${failures} step${failures > 1 ? 's' : ''} would fail on a device.`;
  }
  if (verdict?.kind === 'update') return `OK: a device would install ${verdict.offer.version}.`;
  if (verdict?.kind === 'builtin') return 'OK: a device would go back to its builtin bundle.';
  const refused = steps.some((s) => s.step === 'reply' && s.status === 'warn');
  return refused
    ? 'OK: a valid reply, but this device is refused an update (see the reply line).'
    : 'OK: a valid reply; this device is up to date.';
}
