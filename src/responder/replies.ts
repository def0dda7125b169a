// The reply shapes of the plugin's protocol. A success never carries `error`, `kind` or
// `message` (Android treats their mere presence as "no update"), a refusal always carries all
// three (older plugins key on `error` or `message`, newer ones on `kind`), and no reply holds a
// JSON null: the plugin's strict decoders crash on one.

export type ReplyKind = 'up_to_date' | 'blocked' | 'failed';

export interface RefusalReply {
  error: string;
  message: string;
  kind: ReplyKind;
}

export interface DownloadReply {
  version: string;
  url: string;
  checksum: string;
  session_key: string;
}

export const UP_TO_DATE: RefusalReply = {
  error: 'no_new_version_available',
  message: 'No new version available',
  kind: 'up_to_date',
};

/** Sends the device back to the bundle compiled into its binary (plugin 6.2+). */
export const BUILTIN_REPLY = { version: 'builtin' } as const;

export function blocked(error: string, message: string): RefusalReply {
  return { error, message, kind: 'blocked' };
}

export function failed(error: string, message: string): RefusalReply {
  return { error, message, kind: 'failed' };
}
