// CRC-32 (the ZIP polynomial). Node has it natively from 20.15 on; the table version keeps
// earlier Node 20 releases working.
import zlib from 'node:zlib';

type Crc32 = (data: Uint8Array) => number;

const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let bit = 0; bit < 8; bit += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 computed with a lookup table, one byte at a time. */
export function crc32Portable(data: Uint8Array): number {
  const lookup = crcTable();
  let crc = 0xffffffff;
  for (const byte of data) crc = lookup[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export const crc32: Crc32 = native ? (data) => native(data) >>> 0 : crc32Portable;
