// An in-memory file system behind the bundle builder's FolderHost interface, with the path
// rules of any platform: the same walk and zip code then run over a Windows-style tree.
import type path from 'node:path';
import type { EntryKind, FolderEntry, FolderHost } from '../../src/bundle/index.js';

export type MemoryNode =
  | { kind: 'file'; data: Buffer; reportedSize?: number }
  | { kind: 'directory' }
  | { kind: 'symlink'; target: string };

export class MemoryHost implements FolderHost {
  private readonly nodes = new Map<string, MemoryNode>();

  constructor(readonly path: path.PlatformPath) {}

  /** Adds a file (string or bytes), creating its parent folders. */
  file(at: string, data: string | Buffer, reportedSize?: number): this {
    this.add(at, { kind: 'file', data: Buffer.from(data), reportedSize });
    return this;
  }

  directory(at: string): this {
    this.add(at, { kind: 'directory' });
    return this;
  }

  symlink(at: string, target: string): this {
    this.add(at, { kind: 'symlink', target });
    return this;
  }

  async stat(target: string) {
    const node = this.follow(target);
    if (!node) return undefined;
    const size = node.kind === 'file' ? (node.reportedSize ?? node.data.length) : 0;
    return { kind: node.kind as EntryKind, size };
  }

  async readdir(dir: string): Promise<FolderEntry[]> {
    const key = this.key(dir);
    const names: FolderEntry[] = [];
    for (const [at, node] of this.nodes) {
      if (at !== key && this.path.dirname(at) === key) {
        names.push({ name: this.path.basename(at), kind: node.kind });
      }
    }
    return names;
  }

  async realpath(target: string): Promise<string> {
    const node = this.nodes.get(this.key(target));
    if (node?.kind === 'symlink') return this.realpath(this.resolveLink(target, node.target));
    return this.key(target);
  }

  async readExactly(file: string, target: Buffer): Promise<boolean> {
    const node = this.follow(file);
    if (node?.kind !== 'file' || node.data.length !== target.length) return false;
    node.data.copy(target);
    return true;
  }

  private add(at: string, node: MemoryNode): void {
    const key = this.key(at);
    const parent = this.path.dirname(key);
    if (parent !== key && !this.nodes.has(parent)) this.add(parent, { kind: 'directory' });
    this.nodes.set(key, node);
  }

  private follow(target: string): MemoryNode | undefined {
    const node = this.nodes.get(this.key(target));
    if (node?.kind !== 'symlink') return node;
    return this.follow(this.resolveLink(target, node.target));
  }

  private resolveLink(link: string, target: string): string {
    return this.path.resolve(this.path.dirname(this.key(link)), target);
  }

  private key(at: string): string {
    return this.path.resolve(at);
  }
}
