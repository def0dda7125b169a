// The ZIP records we write (APPNOTE 4.3): local file header, central directory header and the
// end-of-central-directory record. Everything that could vary between machines is fixed here.

export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
export const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;

export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_OF_CENTRAL_DIRECTORY_SIZE = 22;

export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

/** Bit 3: sizes and CRC follow the data. Android's stream reader needs them up front. */
export const FLAG_DATA_DESCRIPTOR = 0x0008;
/** Bit 11: the name is UTF-8. */
export const FLAG_UTF8_NAME = 0x0800;

// Without zip64 records, counts are 16-bit and sizes and offsets 32-bit.
export const MAX_ENTRIES = 0xffff;
export const MAX_ZIP_BYTES = 0xffffffff;

/** 1980-01-01 00:00:00, the earliest DOS date: the file times of the build do not leak in. */
export const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;
export const FIXED_DOS_TIME = 0;

/** "Made by" Unix, spec 2.0, so that the fixed modes below are honoured by unzip tools. */
const VERSION_MADE_BY = (3 << 8) | 20;
const VERSION_NEEDED_DEFLATE = 20;
const VERSION_NEEDED_STORED = 10;
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
const DIRECTORY_ATTRIBUTES = ((0o040755 << 16) | 0x10) >>> 0;

export interface EntryRecord {
  name: Buffer;
  directory: boolean;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header from the start of the zip. */
  offset: number;
}

const isAscii = (name: Buffer) => name.every((byte) => byte < 0x80);

function flagsFor(entry: EntryRecord): number {
  return isAscii(entry.name) ? 0 : FLAG_UTF8_NAME;
}

function versionNeeded(entry: EntryRecord): number {
  return entry.method === METHOD_DEFLATED ? VERSION_NEEDED_DEFLATE : VERSION_NEEDED_STORED;
}

/** Writes the local header of `entry` at `at` in `out`; returns the bytes written. */
export function writeLocalHeader(out: Buffer, at: number, entry: EntryRecord): number {
  out.writeUInt32LE(LOCAL_HEADER_SIGNATURE, at);
  out.writeUInt16LE(versionNeeded(entry), at + 4);
  out.writeUInt16LE(flagsFor(entry), at + 6);
  out.writeUInt16LE(entry.method, at + 8);
  out.writeUInt16LE(FIXED_DOS_TIME, at + 10);
  out.writeUInt16LE(FIXED_DOS_DATE, at + 12);
  out.writeUInt32LE(entry.crc32, at + 14);
  out.writeUInt32LE(entry.compressedSize, at + 18);
  out.writeUInt32LE(entry.size, at + 22);
  out.writeUInt16LE(entry.name.length, at + 26);
  out.writeUInt16LE(0, at + 28);
  entry.name.copy(out, at + LOCAL_HEADER_SIZE);
  return LOCAL_HEADER_SIZE + entry.name.length;
}

/** Writes the central directory header of `entry` at `at` in `out`; returns the bytes written. */
export function writeCentralHeader(out: Buffer, at: number, entry: EntryRecord): number {
  out.writeUInt32LE(CENTRAL_HEADER_SIGNATURE, at);
  out.writeUInt16LE(VERSION_MADE_BY, at + 4);
  out.writeUInt16LE(versionNeeded(entry), at + 6);
  out.writeUInt16LE(flagsFor(entry), at + 8);
  out.writeUInt16LE(entry.method, at + 10);
  out.writeUInt16LE(FIXED_DOS_TIME, at + 12);
  out.writeUInt16LE(FIXED_DOS_DATE, at + 14);
  out.writeUInt32LE(entry.crc32, at + 16);
  out.writeUInt32LE(entry.compressedSize, at + 20);
  out.writeUInt32LE(entry.size, at + 24);
  out.writeUInt16LE(entry.name.length, at + 28);
  out.writeUInt16LE(0, at + 30); // extra field length
  out.writeUInt16LE(0, at + 32); // comment length
  out.writeUInt16LE(0, at + 34); // disk number
  out.writeUInt16LE(0, at + 36); // internal attributes
  out.writeUInt32LE(entry.directory ? DIRECTORY_ATTRIBUTES : FILE_ATTRIBUTES, at + 38);
  out.writeUInt32LE(entry.offset, at + 42);
  entry.name.copy(out, at + CENTRAL_HEADER_SIZE);
  return CENTRAL_HEADER_SIZE + entry.name.length;
}

export interface CentralDirectoryExtent {
  entries: number;
  size: number;
  offset: number;
}

/** Writes the end-of-central-directory record; returns the bytes written. */
export function writeEndOfCentralDirectory(
  out: Buffer,
  at: number,
  directory: CentralDirectoryExtent,
): number {
  out.writeUInt32LE(END_OF_CENTRAL_DIRECTORY_SIGNATURE, at);
  out.writeUInt16LE(0, at + 4); // this disk
  out.writeUInt16LE(0, at + 6); // disk holding the central directory
  out.writeUInt16LE(directory.entries, at + 8);
  out.writeUInt16LE(directory.entries, at + 10);
  out.writeUInt32LE(directory.size, at + 12);
  out.writeUInt32LE(directory.offset, at + 16);
  out.writeUInt16LE(0, at + 20); // comment length
  return END_OF_CENTRAL_DIRECTORY_SIZE;
}
