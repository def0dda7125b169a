// Reads back the central directory of a zip we built and checks every entry the way the
// plugin's unzip code will: a name it refuses, or a layout its stream reader cannot follow,
// would break every device that downloads the bundle, so such a zip never leaves the build.
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  END_OF_CENTRAL_DIRECTORY_SIZE,
  FLAG_DATA_DESCRIPTOR,
  FLAG_UTF8_NAME,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
} from './zip-format.js';

export class ZipSelfCheckError extends Error {
  override name = 'ZipSelfCheckError';

  constructor(problem: string) {
    super(`The bundle zip failed its own check: ${problem}. This is a bug; please report it.`);
  }
}

const DOT_SEGMENT = /(^|\/)\.(\/|$)/;
const DOT_DOT_SEGMENT = /(^|\/)\.\.(\/|$)/;

/** Why a zip entry name would be refused on a device, or undefined when it is fine. */
export function entryNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  // Android aborts the whole install on a backslash (`windows_path_fail`).
  if (name.includes('\\')) return 'contains a backslash';
  if (name.includes('\0')) return 'contains a NUL character';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  if (name.startsWith('/')) return 'is absolute';
  if (DOT_DOT_SEGMENT.test(name)) return 'has a `..` segment';
  if (DOT_SEGMENT.test(name)) return 'has a `.` segment';
  // A folder entry ends in one `/`; any other empty segment is a doubled separator.
  if (name.includes('//')) return 'has an empty segment';
  return undefined;
}

/** Checks our own zip; returns its entry names in order, or throws ZipSelfCheckError. */
export function verifyZip(zip: Buffer): string[] {
  const end = zip.length - END_OF_CENTRAL_DIRECTORY_SIZE;
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY_SIGNATURE) {
    throw new ZipSelfCheckError('no end-of-central-directory record at the end');
  }
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) {
      throw new ZipSelfCheckError(`central directory entry ${i} is missing`);
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const headerLength = CENTRAL_HEADER_SIZE + nameLength + zip.readUInt16LE(at + 30);
    const name = zip.toString(
      'utf8',
      at + CENTRAL_HEADER_SIZE,
      at + CENTRAL_HEADER_SIZE + nameLength,
    );
    checkEntry(zip, at, name);
    names.push(name);
    at += headerLength + zip.readUInt16LE(at + 32);
  }
  if (at !== end) throw new ZipSelfCheckError('the central directory does not end where it should');
  if (!names.includes('index.html')) throw new ZipSelfCheckError('no `index.html` at the root');
  return names;
}

function checkEntry(zip: Buffer, central: number, name: string): void {
  const problem = entryNameProblem(name);
  if (problem) throw new ZipSelfCheckError(`entry \`${name}\` ${problem}`);
  const flags = zip.readUInt16LE(central + 8);
  // Android's ZipInputStream reads sizes from the local header; with this flag they are zero.
  if (flags & FLAG_DATA_DESCRIPTOR) {
    throw new ZipSelfCheckError(`entry \`${name}\` uses a data descriptor`);
  }
  // Without the UTF-8 flag, readers decode a name as code page 437 and get other file names.
  if (!/^[\x00-\x7f]*$/.test(name) && !(flags & FLAG_UTF8_NAME)) {
    throw new ZipSelfCheckError(`entry \`${name}\` is not ASCII but lacks the UTF-8 flag`);
  }
  const local = zip.readUInt32LE(central + 42);
  if (zip.readUInt32LE(local) !== LOCAL_HEADER_SIGNATURE) {
    throw new ZipSelfCheckError(`entry \`${name}\` has no local header at its offset`);
  }
  // Stream readers see only the local header: it must say what the central directory says.
  const sameFields =
    zip.readUInt16LE(local + 6) === flags &&
    zip.readUInt16LE(local + 8) === zip.readUInt16LE(central + 10) &&
    zip.compare(zip, central + 16, central + 28, local + 14, local + 26) === 0;
  const localNameLength = zip.readUInt16LE(local + 26);
  const localName = zip.toString(
    'utf8',
    local + LOCAL_HEADER_SIZE,
    local + LOCAL_HEADER_SIZE + localNameLength,
  );
  if (!sameFields || localName !== name) {
    throw new ZipSelfCheckError(
      `entry \`${name}\` has a local header that disagrees with the central directory`,
    );
  }
}
