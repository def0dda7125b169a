// What an update check says about the device, read once into a typed object. The body has
// already passed `parseDeviceBody`, so the required fields are non-empty strings.
import type { JsonObject, SentFields } from './body.js';

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
  const sent: SentFields = body;
  return {
    appId: text(sent.app_id),
    deviceId: text(sent.device_id),
    platform: text(sent.platform),
    versionName: text(sent.version_name),
    versionBuild: text(sent.version_build),
    pluginVersion: text(sent.plugin_version) || undefined,
    isEmulator: sent.is_emulator === true,
    isDevBuild: sent.is_prod === false,
    defaultChannel: text(sent.defaultChannel),
    keyId: text(sent.key_id) || undefined,
  };
}

/** A sent string, or `""` for anything else. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
