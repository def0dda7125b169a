/**
 * Reusable read buffers. A build holds thousands of files; a fresh buffer for each would leave
 * garbage that the allocator keeps resident long after it is freed.
 */
export class BufferShelf {
  private readonly free: ArrayBuffer[] = [];

  constructor(
    private readonly minimumSize: number,
    private readonly keep: number,
  ) {}

  take(size: number): Buffer {
    const index = this.free.findIndex((b) => b.byteLength >= size);
    const found = index < 0 ? undefined : this.free.splice(index, 1)[0];
    const memory = found ?? new ArrayBuffer(Math.max(size, this.minimumSize));
    return Buffer.from(memory, 0, size);
  }

  giveBack(buffer: Buffer): void {
    this.free.push(buffer.buffer as ArrayBuffer);
    // Keep the largest few: later files fit in them, and memory stays bounded.
    this.free.sort((a, b) => b.byteLength - a.byteLength).splice(this.keep);
  }
}
