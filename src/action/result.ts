// What a command reports: the action turns it into outputs and a job summary, the CLI into
// text or JSON.
export interface CommandResult {
  command: string;
  /** One line saying what happened, e.g. "Published 1.2.3 to production". */
  headline: string;
  channel: string;
  channelBefore?: string;
  channelAfter?: string;
  version?: string;
  checksum?: string;
  sha256?: string;
  sessionKey?: string;
  url?: string;
  size?: number;
  files?: number;
  releaseUrl?: string;
  manifestCommit?: string;
  manifestUrl: string;
  /** Set by dry runs: the writes a real run would make. */
  plan?: string[];
}
