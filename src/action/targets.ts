// Where a command reads and writes: the manifest always lives in the repository the workflow
// runs in; releases may go to another one (a public repository for a private app).
import { createGitHub, type GitHub } from '../github/client.js';
import { ManifestStore, manifestRawUrl } from '../github/manifest-store.js';
import { parseRepository, type RepoRef } from '../github/repo.js';
import type { Log } from '../log.js';
import type { MoveContext } from '../manifest/types.js';
import type { RunContext } from './context.js';
import type { Settings } from './settings.js';

export interface Targets {
  gh: GitHub;
  releaseGh: GitHub;
  manifestRepo: RepoRef;
  manifestStore: ManifestStore;
  releaseRepo: RepoRef;
  releaseRepoName: string;
  /** "live-updates:live-update/manifest.json in owner/app", for messages. */
  manifestWhere: string;
  manifestUrl: string;
}

export function resolveTargets(settings: Settings, context: RunContext, log: Log): Targets {
  const manifestRepo = parseRepository(context.repository, 'GITHUB_REPOSITORY');
  const releaseRepoName = settings.repository || context.repository;
  const releaseRepo = parseRepository(releaseRepoName, 'repository');
  const gh = createGitHub({ token: settings.token, apiUrl: context.apiUrl, log });
  const releaseToken = settings.releaseToken || settings.token;
  const releaseGh =
    releaseToken === settings.token
      ? gh
      : createGitHub({ token: releaseToken, apiUrl: context.apiUrl, log });
  return {
    gh,
    releaseGh,
    manifestRepo,
    manifestStore: new ManifestStore(gh, {
      repo: manifestRepo,
      branch: settings.manifestBranch,
      path: settings.manifestPath,
      log,
    }),
    releaseRepo,
    releaseRepoName,
    manifestWhere: `${settings.manifestBranch}:${settings.manifestPath} in ${context.repository}`,
    manifestUrl: manifestRawUrl(
      context.serverUrl,
      manifestRepo,
      settings.manifestBranch,
      settings.manifestPath,
    ),
  };
}

export function moveContext(context: RunContext): MoveContext {
  return { at: new Date().toISOString(), run_id: context.runId, run_url: context.runUrl };
}
