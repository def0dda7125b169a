// Bundles are public downloads: anyone with the URL gets every file in them. Files that usually
// hold secrets are most often in a build folder by mistake (a copied project root, a build tool
// that copies dot-files), so the user hears about them before the upload.

const SECRET_LOOKING = [
  /(^|\/)\.env(\.[^/]*)?$/,
  /(^|\/)\.git\//,
  /(^|\/)\.npmrc$/,
  /(^|\/)id_(rsa|ecdsa|ed25519)$/,
  /\.(pem|key|p12|pfx|keystore|jks)$/i,
];

/** Names of files in the bundle that look like they may hold secrets. */
export function secretLookingFiles(names: readonly string[]): string[] {
  return names.filter((name) => SECRET_LOOKING.some((pattern) => pattern.test(name)));
}
