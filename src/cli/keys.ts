// `keys`: a new RSA-2048 pair for encrypted bundles. The private key goes to a file for a
// repository secret and is never printed; the public key is printed in the PKCS#1 form the
// plugin reads, ready to paste into capacitor.config.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateKeyPair } from '../bundle/keys.js';
import { UserError } from '../errors.js';
import { JSON_OPTION, text, type CommandSpec, type ParsedArgs } from './args.js';
import { KEY_ENV } from './key-input.js';
import { exitCodeOf, out, printJson, reportError } from './output.js';

const PRIVATE_FILE = 'private.pem';
const PUBLIC_FILE = 'public.pem';
/** Owner read and write only: the file holds the key that signs every bundle. */
const PRIVATE_MODE = 0o600;

export const keysCommand: CommandSpec = {
  name: 'keys',
  summary: 'Generate a key pair for encrypted bundles and print the capacitor.config snippet',
  description:
    `Writes ${PRIVATE_FILE} (mode 600; store it as the repository secret ${KEY_ENV}) and ` +
    `${PUBLIC_FILE}, and prints the public key as the app's capacitor.config needs it. The ` +
    'private key is never printed.',
  positionals: [],
  options: {
    'out-dir': {
      type: 'string',
      value: 'dir',
      help: 'Where to write the two files (default: here).',
    },
    force: { type: 'boolean', help: 'Replace existing key files.' },
    ...JSON_OPTION,
  },
  run: runKeys,
};

async function runKeys(args: ParsedArgs): Promise<number> {
  try {
    const dir = text(args.values, 'out-dir') || '.';
    refuseNonFolder(dir);
    const privateFile = path.join(dir, PRIVATE_FILE);
    const publicFile = path.join(dir, PUBLIC_FILE);
    if (!args.values.force) refuseOverwrite([privateFile, publicFile]);

    const pair = generateKeyPair();
    mkdirSync(dir, { recursive: true });
    // A mode applies only when a file is created: a replaced key file is removed first, so the
    // new key is never readable under the old file's mode.
    rmSync(privateFile, { force: true });
    writeFileSync(privateFile, pair.privateKeyPem, { mode: PRIVATE_MODE, flag: 'wx' });
    writeFileSync(publicFile, pair.publicKeyPem);

    const report = keysReport(privateFile, publicFile, pair.publicKeyPem, pair.keyId);
    if (args.json) printJson(report);
    else printKeys(report);
    return 0;
  } catch (error) {
    reportError(error, args.debug);
    return exitCodeOf(error);
  }
}

function refuseNonFolder(dir: string): void {
  const found = statSync(dir, { throwIfNoEntry: false });
  if (found && !found.isDirectory()) {
    throw new UserError(
      `--out-dir: ${dir} is a file, not a folder. Pass a folder for ${PRIVATE_FILE} and ` +
        `${PUBLIC_FILE} (it is created when missing).`,
    );
  }
}

// Apps carry the public key in their binary: a replaced pair cannot decrypt for them.
function refuseOverwrite(files: string[]): void {
  const existing = files.filter((file) => existsSync(file));
  if (existing.length === 0) return;
  throw new UserError(
    `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}. Apps built with ` +
      'its public key cannot install bundles encrypted with a new one; pass --force to replace ' +
      'the pair anyway, or --out-dir for another folder.',
  );
}

interface KeysReport {
  private_key_file: string;
  public_key_file: string;
  key_id: string;
  public_key: string;
  capacitor_config: { plugins: { CapacitorUpdater: { publicKey: string } } };
  secret_command: string;
}

function keysReport(
  privateFile: string,
  publicFile: string,
  publicKey: string,
  keyId: string,
): KeysReport {
  return {
    private_key_file: privateFile,
    public_key_file: publicFile,
    key_id: keyId,
    public_key: publicKey,
    capacitor_config: { plugins: { CapacitorUpdater: { publicKey } } },
    secret_command: `gh secret set ${KEY_ENV} < ${privateFile}`,
  };
}

function printKeys(report: KeysReport): void {
  const tsString = `'${report.public_key.replace(/\n/g, '\\n')}'`;
  out(`Wrote ${report.private_key_file} (private key, mode 600) and ${report.public_key_file}.`);
  out();
  out('1. Store the private key as a repository secret, then keep the file offline or delete it:');
  out(`   ${report.secret_command}`);
  out(`   and pass it to the action: encryption-key: \${{ secrets.${KEY_ENV} }}`);
  out();
  out(`2. Put the public key (key_id ${report.key_id}) in the app. capacitor.config.json:`);
  out(JSON.stringify(report.capacitor_config, null, 2));
  out();
  out('   or capacitor.config.ts:');
  out('  plugins: {');
  out('    CapacitorUpdater: {');
  out(`      publicKey: ${tsString},`);
  out('    },');
  out('  },');
  out();
  out('Public key (PKCS#1 PEM):');
  process.stdout.write(report.public_key);
}
