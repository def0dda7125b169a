// rollback, promote, rollout and prune: manifest-only commands. None uploads anything; each
// writes with the same compare-and-swap as publish and is safe to re-run.
import { UserError } from '../errors.js';
import { checkDownload } from '../github/assets.js';
import type { Log } from '../log.js';
import {
  promoteChannel,
  pruneBundles,
  resolveRollbackTarget,
  rollbackChannel,
  setRollout,
} from '../manifest/edits.js';
import { parseReleaseVersion } from '../manifest/versions.js';
import { BUILTIN, type Manifest } from '../manifest/types.js';
import type { RunContext } from './context.js';
import { commitEdit, readManifest, type ManifestEdit } from './manifest-edit.js';
import type { CommandResult } from './result.js';
import type { Settings } from './settings.js';
import { moveContext, type Targets } from './targets.js';

export async function runManifestCommand(
  settings: Settings,
  context: RunContext,
  targets: Targets,
  log: Log,
): Promise<CommandResult> {
  const store = targets.manifestStore;
  const snapshot = await readManifest(store, targets.manifestWhere);
  const manifest = snapshot.loaded?.manifest;
  if (!manifest) {
    throw new UserError(
      `There is no manifest at ${targets.manifestWhere} yet: publish a bundle first ` +
        '(or set `manifest-branch` / `manifest-path` to where it lives).',
    );
  }
  const ctx = moveContext(context);
  const edit = await editFor(settings, context, manifest, ctx, log);
  if (!edit) {
    const serving = manifest.channels[settings.channel]?.version;
    const headline = `This run already rolled ${settings.channel} back; it serves ${serving ?? 'nothing'}. Nothing to do.`;
    log.info(headline);
    return base(settings, targets, headline, serving, serving);
  }
  if (settings.dryRun) {
    const preview = edit(manifest);
    const headline = `Dry run: nothing was written. ${preview.summary}`;
    return {
      ...base(settings, targets, headline, preview.channelBefore, preview.channelAfter),
      plan: [`write the manifest: ${preview.summary}`],
    };
  }

  const { result, commitSha } = await commitEdit(store, snapshot, edit, targets.manifestWhere);
  log.info(result.summary);
  return {
    ...base(settings, targets, result.summary, result.channelBefore, result.channelAfter),
    version: result.channelAfter,
    manifestCommit: commitSha,
  };
}

/** The edit to apply, worked out once: on a conflict it is re-applied as it is. */
async function editFor(
  settings: Settings,
  context: RunContext,
  manifest: Manifest,
  ctx: ReturnType<typeof moveContext>,
  log: Log,
): Promise<ManifestEdit | undefined> {
  switch (settings.command) {
    case 'rollback': {
      const target = rollbackTarget(settings, context, manifest);
      if (!target) return undefined;
      await checkStillDownloadable(manifest, target, log);
      return (current) => rollbackChannel(current ?? manifest, settings.channel, target, ctx);
    }
    case 'promote':
      return (current) =>
        promoteChannel(
          current ?? manifest,
          settings.fromChannel,
          settings.channel,
          settings.rollout,
          ctx,
        );
    case 'rollout':
      return (current) => setRollout(current ?? manifest, settings.channel, settings.rollout, ctx);
    case 'prune':
      return (current) => pruneBundles(current ?? manifest, settings.keep ?? 1);
    default:
      throw new Error(`${settings.command} is not a manifest command.`);
  }
}

// A rollback target is fixed once per run, so a re-applied edit never steps back twice.
function rollbackTarget(
  settings: Settings,
  context: RunContext,
  manifest: Manifest,
): string | undefined {
  if (settings.version) {
    return settings.version === BUILTIN
      ? BUILTIN
      : parseReleaseVersion(settings.version, 'version');
  }
  const { target, alreadyDone } = resolveRollbackTarget(manifest, settings.channel, context.runId);
  if (alreadyDone) return undefined;
  if (target) return target;
  throw new UserError(
    `Channel ${settings.channel} has no earlier version to roll back to. ` +
      'Name one with `version: 1.2.3`, or `version: builtin` to send devices to the bundle in their app.',
  );
}

// Sending devices to a bundle whose file is gone would fail every download.
async function checkStillDownloadable(manifest: Manifest, target: string, log: Log): Promise<void> {
  if (target === BUILTIN) return;
  const entry = manifest.bundles[target];
  if (!entry) {
    const known = Object.keys(manifest.bundles).join(', ') || 'none';
    throw new UserError(
      `Version ${target} is not in the manifest (bundles: ${known}). Roll back to one of those, or to builtin.`,
    );
  }
  if (entry.delivery !== 'direct') return;
  // An encrypted asset's own hash is not recorded; its size still proves the file is there.
  const sha256 = entry.session_key ? undefined : entry.sha256;
  await checkDownload(entry.url, { size: entry.size, sha256 }, log);
}

function base(
  settings: Settings,
  targets: Targets,
  headline: string,
  channelBefore: string | undefined,
  channelAfter: string | undefined,
): CommandResult {
  return {
    command: settings.command,
    headline,
    channel: settings.channel,
    channelBefore,
    channelAfter,
    manifestUrl: targets.manifestUrl,
  };
}
