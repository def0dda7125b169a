/** Async jobs within a count and a byte budget; the first failure is kept and rethrown. */
export class JobPool {
  private readonly running = new Set<Promise<void>>();
  private bytes = 0;
  private failed = false;
  private failure: unknown;

  constructor(
    private readonly maxJobs: number,
    private readonly maxBytes: number,
  ) {}

  fits(bytes: number): boolean {
    if (this.running.size === 0) return true;
    return this.running.size < this.maxJobs && this.bytes + bytes <= this.maxBytes;
  }

  get idle(): boolean {
    return this.running.size === 0;
  }

  start(bytes: number, job: () => Promise<void>): void {
    this.bytes += bytes;
    const task: Promise<void> = job()
      .catch((error: unknown) => {
        if (!this.failed) [this.failed, this.failure] = [true, error];
      })
      .finally(() => {
        this.bytes -= bytes;
        this.running.delete(task);
      });
    this.running.add(task);
  }

  async oneFinished(): Promise<void> {
    if (this.running.size > 0) await Promise.race(this.running);
    this.throwIfFailed();
  }

  throwIfFailed(): void {
    if (this.failed) throw this.failure;
  }
}
