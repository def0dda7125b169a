// What a re-run needs to converge is kept beside the asset on GitHub itself: the plain SHA-256
// in the asset's label, and the session key of an encrypted bundle (public anyway: devices
// receive it) in a comment in the release notes. With them a run that died between upload and
// manifest commit can reuse the uploaded asset instead of failing on "already exists".

const LABEL_PREFIX = 'sha256:';
const RECORD = /<!-- live-update-release (\{[^\n]*?\}) -->\n?/g;

export interface AssetRecord {
  asset: string;
  sha256: string;
  session_key: string;
  key_id: string;
  /**
   * SHA-256 of the bytes uploaded with this session key (the ciphertext when encrypted): the
   * session key fits the asset only when GitHub's digest of the asset equals it.
   */
  digest?: string;
}

export function assetLabel(plainSha256: string): string {
  return `${LABEL_PREFIX}${plainSha256}`;
}

export function labelSha256(label: string): string | undefined {
  return label.startsWith(LABEL_PREFIX) ? label.slice(LABEL_PREFIX.length) : undefined;
}

export function readAssetRecord(body: string, asset: string): AssetRecord | undefined {
  for (const match of body.matchAll(RECORD)) {
    const record = parseRecord(match[1] ?? '');
    if (record?.asset === asset) return record;
  }
  return undefined;
}

/** The release notes with `record` added, replacing an older record for the same asset. */
export function withAssetRecord(body: string, record: AssetRecord): string {
  const others = body.replace(RECORD, (whole, json: string) =>
    parseRecord(json)?.asset === record.asset ? '' : whole,
  );
  const separator = others && !others.endsWith('\n') ? '\n\n' : '';
  return `${others}${separator}<!-- live-update-release ${JSON.stringify(record)} -->\n`;
}

function parseRecord(json: string): AssetRecord | undefined {
  try {
    const value = JSON.parse(json) as Partial<AssetRecord>;
    if (typeof value.asset !== 'string' || typeof value.sha256 !== 'string') return undefined;
    const record: AssetRecord = {
      asset: value.asset,
      sha256: value.sha256,
      session_key: typeof value.session_key === 'string' ? value.session_key : '',
      key_id: typeof value.key_id === 'string' ? value.key_id : '',
    };
    if (typeof value.digest === 'string') record.digest = value.digest;
    return record;
  } catch {
    return undefined;
  }
}
