// Reads a zip front to back through its local headers, the way Android's
// `java.util.zip.ZipInputStream` does when the plugin unpacks a download: it never looks at the
// central directory, trusts the sizes in each local header, can only find the end of a DEFLATE
// entry without them, and checks each entry's CRC-32. A zip this reader accepts, Android can
// unpack; tests compare it with a random-access reader (adm-zip) on the same bytes.
import zlib from 'node:zlib';

export interface StreamedEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  data: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const STORED = 0;
const DEFLATED = 8;

export class ZipStreamError extends Error {
  override name = 'ZipStreamError';
}

/** All entries of `zip` in stream order, or a ZipStreamError where Android would fail. */
export function readZipStream(zip: Buffer): StreamedEntry[] {
  const entries: StreamedEntry[] = [];
  let at = 0;
  while (at + 4 <= zip.length) {
    const signature = zip.readUInt32LE(at);
    if (signature === CENTRAL_HEADER || signature === END_OF_CENTRAL_DIRECTORY) return entries;
    if (signature !== LOCAL_HEADER) {
      throw new ZipStreamError(
        `offset ${at}: expected a local header, found 0x${signature.toString(16)}`,
      );
    }
    const { entry, next } = readEntry(zip, at);
    entries.push(entry);
    at = next;
  }
  throw new ZipStreamError('the zip ends without a central directory');
}

interface LocalHeader {
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  name: string;
  dataAt: number;
}

function readHeader(zip: Buffer, at: number): LocalHeader {
  const nameLength = zip.readUInt16LE(at + 26);
  const extraLength = zip.readUInt16LE(at + 28);
  const nameAt = at + 30;
  return {
    flags: zip.readUInt16LE(at + 6),
    method: zip.readUInt16LE(at + 8),
    crc32: zip.readUInt32LE(at + 14),
    compressedSize: zip.readUInt32LE(at + 18),
    size: zip.readUInt32LE(at + 22),
    // ZipInputStream decodes names as UTF-8 by default, flag or not.
    name: zip.toString('utf8', nameAt, nameAt + nameLength),
    dataAt: nameAt + nameLength + extraLength,
  };
}

function readEntry(zip: Buffer, at: number): { entry: StreamedEntry; next: number } {
  const header = readHeader(zip, at);
  const where = `entry \`${header.name}\``;
  if (header.flags & FLAG_ENCRYPTED)
    throw new ZipStreamError(`${where}: encrypted entries are not supported`);
  const described = (header.flags & FLAG_DATA_DESCRIPTOR) !== 0;
  if (header.method === STORED && described) {
    // The stream reader cannot tell where stored data ends without its size.
    throw new ZipStreamError(`${where}: only DEFLATED entries can have EXT descriptor`);
  }
  if (header.method !== STORED && header.method !== DEFLATED) {
    throw new ZipStreamError(`${where}: invalid compression method ${header.method}`);
  }
  const body =
    header.method === STORED ? readStored(zip, header, where) : readDeflated(zip, header, where);
  const sizes = described ? readDescriptor(zip, body.next) : { ...header, next: body.next };
  if (body.consumed !== sizes.compressedSize) {
    throw new ZipStreamError(`${where}: invalid entry compressed size`);
  }
  if (body.data.length !== sizes.size) throw new ZipStreamError(`${where}: invalid entry size`);
  if (zlib.crc32(body.data) >>> 0 !== sizes.crc32)
    throw new ZipStreamError(`${where}: invalid entry CRC`);
  const entry: StreamedEntry = {
    name: header.name,
    method: header.method,
    flags: header.flags,
    compressedSize: body.consumed,
    data: body.data,
  };
  return { entry, next: sizes.next };
}

interface Body {
  data: Buffer;
  consumed: number;
  next: number;
}

function readStored(zip: Buffer, header: LocalHeader, where: string): Body {
  const end = header.dataAt + header.compressedSize;
  if (end > zip.length) throw new ZipStreamError(`${where}: data runs past the end of the zip`);
  if (header.compressedSize !== header.size) {
    throw new ZipStreamError(`${where}: stored entry with compressed size ≠ size`);
  }
  return { data: zip.subarray(header.dataAt, end), consumed: header.compressedSize, next: end };
}

function readDeflated(zip: Buffer, header: LocalHeader, where: string): Body {
  // Like java.util.zip.Inflater: inflate until the deflate stream ends, whatever the header says.
  try {
    const { buffer, engine } = zlib.inflateRawSync(zip.subarray(header.dataAt), {
      info: true,
    }) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    return {
      data: buffer,
      consumed: engine.bytesWritten,
      next: header.dataAt + engine.bytesWritten,
    };
  } catch (error) {
    throw new ZipStreamError(`${where}: invalid deflate data (${(error as Error).message})`);
  }
}

function readDescriptor(zip: Buffer, at: number) {
  const start = zip.readUInt32LE(at) === DATA_DESCRIPTOR ? at + 4 : at;
  return {
    crc32: zip.readUInt32LE(start),
    compressedSize: zip.readUInt32LE(start + 4),
    size: zip.readUInt32LE(start + 8),
    next: start + 12,
  };
}
