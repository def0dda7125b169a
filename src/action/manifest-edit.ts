// Every command changes the manifest the same way: read it, apply a pure edit, and write it
// back with compare-and-swap. On a conflict the store re-reads and this edit is applied again
// to what another run wrote, so concurrent runs never lose each other's entries.
import { UserError } from '../errors.js';
import type { ManifestStore, StoredFile } from '../github/manifest-store.js';
import type { EditResult } from '../manifest/edits.js';
import {
  ManifestError,
  parseManifest,
  serializeManifest,
  type LoadedManifest,
} from '../manifest/parse.js';
import type { Manifest } from '../manifest/types.js';

export interface ManifestSnapshot {
  stored?: StoredFile;
  loaded?: LoadedManifest;
}

export type ManifestEdit = (current: Manifest | undefined) => EditResult;

export interface CommittedEdit {
  result: EditResult;
  commitSha?: string;
}

export async function readManifest(store: ManifestStore, where: string): Promise<ManifestSnapshot> {
  const stored = await store.read();
  return { stored, loaded: stored ? load(stored.text, where) : undefined };
}

export async function commitEdit(
  store: ManifestStore,
  snapshot: ManifestSnapshot,
  edit: ManifestEdit,
  where: string,
): Promise<CommittedEdit> {
  let result: EditResult | undefined;
  let attempted: EditResult | undefined;
  const written = await store.write((current) => {
    result = edit(current ? load(current.text, where).manifest : undefined);
    if (!result.changed) return undefined;
    attempted = result;
    return { text: serializeManifest(result.manifest), message: result.summary };
  }, snapshot.stored ?? null);
  // Re-applied on top of its own landed write, the edit finds nothing to do: report the write.
  if (written.earlierAttemptLanded && attempted) result = attempted;
  if (!result) throw new Error('The manifest edit was never applied.');
  return { result, commitSha: written.commitSha };
}

// A manifest we cannot read is never overwritten: it may hold the only record of what devices run.
function load(text: string, where: string): LoadedManifest {
  try {
    return parseManifest(text);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    throw new UserError(
      `The manifest ${where} cannot be read (${error.message}). It was left as it is: ` +
        'fix it by hand (its JSON Schema is schema/manifest.schema.json in this action), then re-run.',
    );
  }
}
