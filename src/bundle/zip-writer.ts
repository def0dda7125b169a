// Writes zip records into one buffer sized in advance from the file sizes (an entry never
// takes more than its file plus headers, since deflate output is kept only when smaller), so
// the bundle is never copied while it grows, and hashes the bytes as they are written.
import { createHash, type Hash } from 'node:crypto';
import {
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIRECTORY_SIZE,
  LOCAL_HEADER_SIZE,
  METHOD_STORED,
  writeCentralHeader,
  writeEndOfCentralDirectory,
  writeLocalHeader,
  type EntryRecord,
} from './zip-format.js';

export interface PlannedEntry {
  name: string;
  /** File size; 0 for a folder. */
  size: number;
}

/** The most bytes a zip of these entries can take. */
export function zipCapacity(entries: readonly PlannedEntry[]): number {
  let total = END_OF_CENTRAL_DIRECTORY_SIZE;
  for (const entry of entries) {
    const nameBytes = Buffer.byteLength(entry.name);
    total += LOCAL_HEADER_SIZE + CENTRAL_HEADER_SIZE + 2 * nameBytes + entry.size;
  }
  return total;
}

export interface EntryContent {
  method: number;
  crc32: number;
  /** The file's size. */
  size: number;
  /** The bytes stored in the zip: the file itself, or its raw deflate stream. */
  data: Buffer;
}

interface Reserved {
  name: string;
  size: number;
  at: number;
}

/**
 * Bytes kept free after the zip, so that it can be encrypted in its own memory: AES-CBC's
 * padding makes the ciphertext up to one block longer than the zip.
 */
export const ROOM_AFTER_ZIP = 16;

export class ZipWriter {
  private readonly out: Buffer;
  private position = 0;
  private hashedUpTo = 0;
  private readonly records: EntryRecord[] = [];
  private readonly hash: Hash = createHash('sha256');
  private reserved: Reserved | undefined;

  constructor(capacity: number) {
    this.out = Buffer.allocUnsafe(capacity + ROOM_AFTER_ZIP);
  }

  addFile(name: string, content: EntryContent): void {
    const record = this.record(name, false, content);
    this.ensureRoom(LOCAL_HEADER_SIZE + record.name.length + content.data.length);
    this.position += writeLocalHeader(this.out, this.position, record);
    this.position += content.data.copy(this.out, this.position);
    this.hashWritten();
  }

  /**
   * The place where the data of a stored entry goes, to be filled in place (a stored file is
   * read straight into the zip, never copied); `commitStored` then writes its header.
   */
  reserveStored(name: string, size: number): Buffer {
    const dataAt = this.position + LOCAL_HEADER_SIZE + Buffer.byteLength(name);
    this.ensureRoom(dataAt - this.position + size);
    this.reserved = { name, size, at: dataAt };
    return this.out.subarray(dataAt, dataAt + size);
  }

  commitStored(crc32: number): void {
    const { name, size, at } = this.reserved!;
    this.reserved = undefined;
    const data = this.out.subarray(at, at + size);
    const record = this.record(name, false, { method: METHOD_STORED, crc32, size, data });
    this.position += writeLocalHeader(this.out, this.position, record) + size;
    this.hashWritten();
  }

  addDirectory(name: string): void {
    const empty = { method: METHOD_STORED, crc32: 0, size: 0, data: Buffer.alloc(0) };
    const record = this.record(name, true, empty);
    this.ensureRoom(LOCAL_HEADER_SIZE + record.name.length);
    this.position += writeLocalHeader(this.out, this.position, record);
    this.hashWritten();
  }

  /**
   * Writes the central directory; returns the zip, the SHA-256 of all its bytes, and the zip
   * followed by `ROOM_AFTER_ZIP` bytes it does not use.
   */
  finish(): { zip: Buffer; sha256: string; zipWithRoom: Buffer } {
    const offset = this.position;
    for (const record of this.records) {
      this.ensureRoom(CENTRAL_HEADER_SIZE + record.name.length);
      this.position += writeCentralHeader(this.out, this.position, record);
    }
    const directory = { entries: this.records.length, size: this.position - offset, offset };
    this.ensureRoom(END_OF_CENTRAL_DIRECTORY_SIZE);
    this.position += writeEndOfCentralDirectory(this.out, this.position, directory);
    this.hashWritten();
    return {
      zip: this.out.subarray(0, this.position),
      sha256: this.hash.digest('hex'),
      zipWithRoom: this.out.subarray(0, this.position + ROOM_AFTER_ZIP),
    };
  }

  private record(name: string, directory: boolean, content: EntryContent): EntryRecord {
    const record: EntryRecord = {
      name: Buffer.from(name, 'utf8'),
      directory,
      method: content.method,
      crc32: content.crc32,
      compressedSize: content.data.length,
      size: content.size,
      offset: this.position,
    };
    this.records.push(record);
    return record;
  }

  private ensureRoom(bytes: number): void {
    if (this.position + bytes > this.out.length - ROOM_AFTER_ZIP) {
      throw new Error('zip writer: more data than planned (a file grew while being zipped)');
    }
  }

  private hashWritten(): void {
    this.hash.update(this.out.subarray(this.hashedUpTo, this.position));
    this.hashedUpTo = this.position;
  }
}
