// A content-addressed object store that hashes exactly like git, so blob shas match what the
// contents API of real GitHub reports and the compare-and-swap under test is the real one.
import { createHash } from 'node:crypto';

export interface Blob {
  type: 'blob';
  data: Buffer;
}
export interface TreeEntry {
  name: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}
export interface Tree {
  type: 'tree';
  entries: TreeEntry[];
}
export interface Person {
  name: string;
  email: string;
  date: string;
}
export interface Commit {
  type: 'commit';
  tree: string;
  parents: string[];
  message: string;
  author: Person;
  committer: Person;
}
export type GitObject = Blob | Tree | Commit;

/** What a tree edit asks for: `sha: null` removes the path. */
export interface TreeEdit {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string | null;
}

const TREE_MODE = '40000';
export const FILE_MODE = '100644';

export const emulatorPerson = (date = new Date()): Person => ({
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
  date: date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
});

export function blobSha(data: Buffer): string {
  return hashObject('blob', data);
}

function hashObject(kind: string, body: Buffer): string {
  const header = Buffer.from(`${kind} ${body.length}\0`);
  return createHash('sha1').update(header).update(body).digest('hex');
}

// git orders tree entries by name, comparing a subtree's name as if it ended in '/'.
function sortKey(entry: TreeEntry): string {
  return entry.type === 'tree' ? `${entry.name}/` : entry.name;
}

function gitOrder(entries: TreeEntry[]): TreeEntry[] {
  return [...entries].sort((a, b) =>
    Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b))),
  );
}

function treeBody(sorted: TreeEntry[]): Buffer {
  return Buffer.concat(
    sorted.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
  );
}

function personLine(role: string, p: Person): string {
  const seconds = Math.floor(Date.parse(p.date) / 1000);
  return `${role} ${p.name} <${p.email}> ${seconds} +0000\n`;
}

function commitBody(c: Commit): Buffer {
  const parents = c.parents.map((p) => `parent ${p}\n`).join('');
  const text = `tree ${c.tree}\n${parents}${personLine('author', c.author)}${personLine('committer', c.committer)}\n${c.message}`;
  return Buffer.from(text);
}

export class GitStore {
  private readonly objects = new Map<string, GitObject>();

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  blob(sha: string): Blob | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'blob' ? o : undefined;
  }

  tree(sha: string): Tree | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'tree' ? o : undefined;
  }

  commit(sha: string): Commit | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'commit' ? o : undefined;
  }

  putBlob(data: Buffer): string {
    const sha = blobSha(data);
    this.objects.set(sha, { type: 'blob', data });
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = gitOrder(entries);
    const sha = hashObject('tree', treeBody(sorted));
    this.objects.set(sha, { type: 'tree', entries: sorted });
    return sha;
  }

  putCommit(commit: Omit<Commit, 'type'>): string {
    const full: Commit = { type: 'commit', ...commit };
    const sha = hashObject('commit', commitBody(full));
    this.objects.set(sha, full);
    return sha;
  }

  /** The entry at a slash-separated path under a tree, or undefined. */
  lookup(treeSha: string, path: string): TreeEntry | undefined {
    const parts = path.split('/').filter(Boolean);
    let entry: TreeEntry | undefined = { name: '', mode: TREE_MODE, type: 'tree', sha: treeSha };
    for (const part of parts) {
      const tree: Tree | undefined = entry?.type === 'tree' ? this.tree(entry.sha) : undefined;
      entry = tree?.entries.find((e) => e.name === part);
      if (!entry) return undefined;
    }
    return entry;
  }

  /** Applies path edits to a base tree (or an empty one), creating subtrees as needed. */
  editTree(baseSha: string | undefined, edits: TreeEdit[]): string {
    const base = baseSha ? (this.tree(baseSha)?.entries ?? []) : [];
    const here = new Map(base.map((e) => [e.name, e]));
    const nested = new Map<string, TreeEdit[]>();
    for (const edit of edits) {
      const [head, ...rest] = edit.path.split('/').filter(Boolean);
      if (!head) continue;
      if (rest.length > 0) {
        nested.set(head, [...(nested.get(head) ?? []), { ...edit, path: rest.join('/') }]);
      } else if (edit.sha === null) {
        here.delete(head);
      } else {
        here.set(head, { name: head, mode: edit.mode, type: edit.type, sha: edit.sha });
      }
    }
    for (const [name, subEdits] of nested) {
      const existing = here.get(name);
      const sub = this.editTree(existing?.type === 'tree' ? existing.sha : undefined, subEdits);
      if (this.tree(sub)?.entries.length) {
        here.set(name, { name, mode: TREE_MODE, type: 'tree', sha: sub });
      } else {
        here.delete(name);
      }
    }
    return this.putTree([...here.values()]);
  }

  /** Every blob path under a tree, for listing and assertions. */
  walk(treeSha: string, prefix = ''): { path: string; sha: string }[] {
    const tree = this.tree(treeSha);
    if (!tree) return [];
    return tree.entries.flatMap((e) =>
      e.type === 'tree'
        ? this.walk(e.sha, `${prefix}${e.name}/`)
        : [{ path: `${prefix}${e.name}`, sha: e.sha }],
    );
  }
}
