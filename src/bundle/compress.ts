// Deflates every file worth compressing before any entry is written, in the order that keeps
// both cores busy: the largest files go first to libuv's thread pool (where async deflate
// runs), while the main thread deflates the small ones itself, for which a trip to the pool
// costs more than the work. Results are kept by name; the writer then lays entries out in name
// order.
import { BufferShelf } from './buffer-shelf.js';
import { crc32 } from './crc32.js';
import { deflateHere, deflateInPool, isAlreadyCompressed } from './deflate.js';
import type { FolderHost } from './folder-host.js';
import { JobPool } from './job-pool.js';
import type { WalkedFile } from './walk.js';

/** Files up to this size are deflated on the main thread. */
const MAIN_THREAD_MAX_BYTES = 64 * 1024;
/** libuv's default thread-pool size: more jobs at once would only queue there. */
const POOL_JOBS = 4;
/** Bytes of large files read and not yet deflated; one file always fits, however large. */
const POOL_BYTES = 16 * 2 ** 20;
/** Main-thread work between turns of the event loop, so finished pool jobs are refilled. */
const MAIN_THREAD_SLICE_MS = 2;

export interface Compressed {
  crc32: number;
  /** The raw deflate stream, or undefined when deflate did not make the file smaller. */
  deflated?: Buffer;
}

export interface CompressedFiles {
  byName: Map<string, Compressed>;
  /** Whether any script mentions the needle (scripts are never stored untried). */
  scriptMentions: boolean;
}

/** A file's size differs from what the walk saw: something is still writing the build. */
export class FileChangedError extends Error {
  override name = 'FileChangedError';

  constructor(readonly entryName: string) {
    super(`${entryName} changed while being read`);
  }
}

export function compressFiles(
  host: FolderHost,
  files: readonly WalkedFile[],
  scriptNeedle: Buffer,
): Promise<CompressedFiles> {
  return new Compressor(host, scriptNeedle).run(files);
}

class Compressor {
  private readonly result: CompressedFiles = { byName: new Map(), scriptMentions: false };
  private readonly pool = new JobPool(POOL_JOBS, POOL_BYTES);
  private readonly poolBuffers = new BufferShelf(0, POOL_JOBS);
  private readonly mainBuffer = new BufferShelf(MAIN_THREAD_MAX_BYTES, 1);
  private large: WalkedFile[] = [];

  constructor(
    private readonly host: FolderHost,
    private readonly scriptNeedle: Buffer,
  ) {}

  async run(files: readonly WalkedFile[]): Promise<CompressedFiles> {
    const candidates = files.filter((f) => f.size > 0 && !isAlreadyCompressed(f.name));
    // Longest first, so the pool does not end on one big file while its other threads idle.
    this.large = candidates.filter((f) => f.size > MAIN_THREAD_MAX_BYTES);
    this.large.sort((a, b) => b.size - a.size);
    this.refillPool();
    await this.compressOnMainThread(candidates.filter((f) => f.size <= MAIN_THREAD_MAX_BYTES));
    while (!this.pool.idle || this.large.length > 0) {
      await this.pool.oneFinished();
      this.refillPool();
    }
    return this.result;
  }

  private refillPool(): void {
    while (this.large.length > 0 && this.pool.fits(this.large[0]!.size)) {
      const file = this.large.shift()!;
      this.pool.start(file.size, async () => {
        const content = await this.read(file, this.poolBuffers);
        this.record(file, content, await deflateInPool(content));
        this.poolBuffers.giveBack(content);
      });
    }
  }

  private async compressOnMainThread(files: WalkedFile[]): Promise<void> {
    let sliceStart = performance.now();
    for (const file of files) {
      const content = await this.read(file, this.mainBuffer);
      this.record(file, content, deflateHere(content));
      this.mainBuffer.giveBack(content);
      if (performance.now() - sliceStart > MAIN_THREAD_SLICE_MS) {
        await nextTurn();
        this.pool.throwIfFailed();
        this.refillPool();
        sliceStart = performance.now();
      }
    }
  }

  private async read(file: WalkedFile, shelf: BufferShelf): Promise<Buffer> {
    const target = shelf.take(file.size);
    if (!(await this.host.readExactly(file.source, target))) throw new FileChangedError(file.name);
    return target;
  }

  private record(file: WalkedFile, content: Buffer, deflated: Buffer): void {
    if (!this.result.scriptMentions && /\.[cm]?js$/i.test(file.name)) {
      this.result.scriptMentions = content.includes(this.scriptNeedle);
    }
    const crc = crc32(content);
    const smaller = deflated.length < content.length;
    this.result.byName.set(file.name, smaller ? { crc32: crc, deflated } : { crc32: crc });
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
