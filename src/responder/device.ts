// What an update check says about the device, read once into a typed object. The body has
// already passed `parseDeviceBody`, so the required fields are non-empty strings.
import { ownString, ownValue, type JsonObject } from './body.js';

export interface DeviceInfo {
  appId: string;
  deviceId: string;
  platform: string;
  /** The web bundle the device runs, or `builtin`. */
  versionName: string;
  /** The native app version (`versionName` / `CFBundleShortVersionString`). */
  versionBuild: string;
  pluginVersion?: string;
  isEmulator: boolean;
  /** False only when the device says so: iOS omits keys whose value is nil. */
  isDevBuild: boolean;
  /** `""` when the app chose no channel. */
  defaultChannel: string;
  /** Sent only by apps that carry a public key. */
  keyId?: string;
}

export function readDevice(body: JsonObject): DeviceInfo {
  return {
    appId: ownString(body, 'app_id') ?? '',
    deviceId: ownString(body, 'device_id') ?? '',
    platform: ownString(body, 'platform') ?? '',
    versionName: ownString(body, 'version_name') ?? '',
    versionBuild: ownString(body, 'version_build') ?? '',
    pluginVersion: nonEmpty(ownString(body, 'plugin_version')),
    isEmulator: ownValue(body, 'is_emulator') === true,
    isDevBuild: ownValue(body, 'is_prod') === false,
    defaultChannel: ownString(body, 'defaultChannel') ?? '',
    keyId: nonEmpty(ownString(body, 'key_id')),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
