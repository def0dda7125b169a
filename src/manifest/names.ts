// Names that users choose and devices send back: channel names and the app id.

import { InputError } from '../errors.js';

// Kept in step with `channel_name` and `app_id` in schema/manifest.schema.json (a test checks).
const CHANNEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_CHANNEL_NAME = 64;
const APP_ID = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/;
const MAX_APP_ID = 255;

export const DEFAULT_CHANNEL = 'production';

export function isValidChannelName(name: string): boolean {
  return name.length <= MAX_CHANNEL_NAME && CHANNEL_NAME.test(name);
}

export function assertChannelName(name: string, input = 'channel'): string {
  if (isValidChannelName(name)) return name;
  throw new InputError(
    input,
    `\`${name.slice(0, 80)}\` is not a channel name: use letters, digits, ` +
      `\`.\`, \`_\` and \`-\`, starting with a letter or digit, ` +
      `at most ${MAX_CHANNEL_NAME} characters (e.g. production, beta).`,
  );
}

export function isValidAppId(appId: string): boolean {
  return appId.length <= MAX_APP_ID && APP_ID.test(appId);
}

export function assertAppId(appId: string, input = 'app-id'): string {
  if (isValidAppId(appId)) return appId;
  throw new InputError(
    input,
    `\`${appId.slice(0, 80)}\` is not an app id: ` +
      'use the reverse-domain appId from capacitor.config, e.g. com.example.app.',
  );
}
