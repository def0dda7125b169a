import { InputError } from '../errors.js';
import { assertAppId } from '../manifest/names.js';
import type { Manifest } from '../manifest/types.js';
import { findCapacitorAppId } from './defaults.js';

/**
 * The app id comes from the input, else the manifest, else capacitor.config. A mismatch with the
 * manifest is refused: the responder checks it, so devices of the other app would get nothing.
 */
export function resolveAppId(
  input: string,
  manifest: Manifest | undefined,
  folder: string,
  workspace: string,
  manifestWhere: string,
): string {
  if (input && manifest && manifest.app_id !== input) {
    throw new InputError(
      'app-id',
      `${input}, but the manifest ${manifestWhere} belongs to ${manifest.app_id}. ` +
        'Use another `manifest-path` for a second app, or correct `app-id`.',
    );
  }
  const appId = input || manifest?.app_id || findCapacitorAppId(folder, workspace);
  if (appId) return assertAppId(appId, input ? 'app-id' : 'appId in capacitor.config');
  throw new InputError(
    'app-id',
    `empty, and no capacitor.config.json or capacitor.config.ts with an appId was found from ${folder} ` +
      `up to ${workspace}. Set \`app-id: com.example.app\`.`,
  );
}
