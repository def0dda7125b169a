// The manifest is the single source of truth that the action writes and the responder reads.
// It lives as one JSON file on the manifest branch; `schema/manifest.schema.json` describes it.
// Optional fields are left out rather than set to null: the responder must never echo a null.

export const MANIFEST_SCHEMA_VERSION = 1;

export type Platform = 'ios' | 'android' | 'electron';

export type Delivery = 'direct' | 'proxy';

/** The version name devices use for the bundle compiled into their binary. */
export const BUILTIN = 'builtin';

export interface BundleEntry {
  /** Strict semver, no build metadata. */
  version: string;
  /** What devices download: the release asset URL (direct) or the responder's /bundles route. */
  url: string;
  /** What devices verify: 64-hex SHA-256 of the plain zip, or 512-hex RSA form when encrypted. */
  checksum: string;
  /** `""` for plain bundles; `base64(iv):base64(rsa(aesKey))` for encrypted ones. */
  session_key: string;
  /** SHA-256 of the plain zip, whatever the encryption: how re-runs recognise the same content. */
  sha256: string;
  /** Bytes of the uploaded asset (the ciphertext when encrypted). */
  size: number;
  /** First 20 chars of the PKCS#1 public key body; present only for encrypted bundles. */
  key_id?: string;
  /** Semver range of native app versions this bundle fits. */
  native_versions?: string;
  platforms: Platform[];
  tag: string;
  release_url: string;
  /** owner/name of the repository holding the release. */
  repository: string;
  asset_name: string;
  asset_id: number;
  delivery: Delivery;
  created_at: string;
  /** The source commit the bundle was built from. */
  commit: string;
  files?: number;
}

export type MoveAction = 'publish' | 'rollback' | 'promote' | 'rollout';

/** One change of a channel's pointer or rollout, newest last. */
export interface ChannelMove {
  action: MoveAction;
  /** The version the channel serves after this move (`builtin` allowed). */
  version: string;
  /** What the channel served before this move, when it served anything. */
  from?: string;
  rollout: number;
  at: string;
  run_id?: string;
  run_url?: string;
}

export interface Channel {
  /** Absent while nothing was ever published to the channel. `builtin` after such a rollback. */
  version?: string;
  /** Served to devices outside a partial rollout. */
  previous?: string;
  /** 0-100. */
  rollout: number;
  /** Whether devices may pick this channel themselves (`defaultChannel`, `setChannel`). */
  allow_self_set: boolean;
  platforms: Platform[];
  allow_emulator: boolean;
  allow_dev_build: boolean;
  history: ChannelMove[];
}

export interface Manifest {
  $schema?: string;
  schema_version: number;
  app_id: string;
  default_channel: string;
  bundles: Record<string, BundleEntry>;
  channels: Record<string, Channel>;
  updated_at?: string;
}

/** Who made a change, recorded in channel history so re-runs can recognise their own work. */
export interface MoveContext {
  at: string;
  run_id?: string;
  run_url?: string;
}
