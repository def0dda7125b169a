// Turns a command's result into the step's outputs and its job summary.
import * as core from '@actions/core';
import type { CommandResult } from './result.js';

export function setOutputs(result: CommandResult): void {
  const outputs: Record<string, string | number | undefined> = {
    version: result.version,
    checksum: result.checksum,
    sha256: result.sha256,
    'session-key': result.sessionKey,
    url: result.url,
    size: result.size,
    'release-url': result.releaseUrl,
    'manifest-commit': result.manifestCommit,
    'manifest-url': result.manifestUrl,
    'channel-before': result.channelBefore,
    'channel-after': result.channelAfter,
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value ?? '');
}

export async function writeSummary(result: CommandResult): Promise<void> {
  const rows: [string, string][] = [
    ['Version', result.version ?? ''],
    [
      'Channel',
      `${result.channel}: ${result.channelBefore ?? 'nothing'} → ${result.channelAfter ?? 'nothing'}`,
    ],
    ['Size', result.size === undefined ? '' : `${result.size} bytes`],
    ['Files', result.files === undefined ? '' : String(result.files)],
    ['Checksum', result.checksum ? `<code>${result.checksum}</code>` : ''],
    ['URL', result.url ?? ''],
    ['Release', result.releaseUrl ?? ''],
    ['Manifest', result.manifestUrl],
    ['Manifest commit', result.manifestCommit ?? 'none (nothing changed)'],
  ];
  const summary = core.summary
    .addHeading(`Live update: ${result.command}`, 3)
    .addRaw(`<p>${escapeHtml(result.headline)}</p>`, true)
    .addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true },
      ],
      ...rows.filter(([, value]) => value !== '').map(([field, value]) => [field, value]),
    ]);
  if (result.plan) summary.addList(result.plan.map(escapeHtml));
  await summary.write();
}

/** A failed run says why in its summary too, where people look first. */
export async function writeFailureSummary(message: string): Promise<void> {
  try {
    await core.summary
      .addHeading('Live update failed', 3)
      .addRaw(`<p>${escapeHtml(message)}</p>`, true)
      .addRaw('<p>Devices keep the bundle they were served before this run.</p>', true)
      .write();
  } catch {
    // No summary file outside a runner: the failure is already in the log.
  }
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}
