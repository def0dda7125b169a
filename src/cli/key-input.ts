// The publisher's private key for encrypted bundles: a file named on the command line, or the
// environment variable a CI secret usually arrives in. The key itself is never printed.
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

export const KEY_FILE_FLAG = '--encryption-key-file';
export const KEY_ENV = 'LIVE_UPDATE_PRIVATE_KEY';

export interface KeyInput {
  pem: string;
  /** Where the key came from, to name it in messages. */
  source: string;
}

export function readKeyInput(
  file: string,
  env: Record<string, string | undefined>,
): KeyInput | undefined {
  if (file) return { pem: readKeyFile(file), source: `${KEY_FILE_FLAG} ${file}` };
  const fromEnv = env[KEY_ENV];
  return fromEnv?.trim() ? { pem: fromEnv, source: KEY_ENV } : undefined;
}

function readKeyFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UserError(
      `${KEY_FILE_FLAG}: cannot read ${file} (${code}). Pass the private key PEM written by ` +
        '`live-update-release keys`.',
    );
  }
}
