// The playground's files in memory: what the editor holds and what `kubectl apply -f` reads.
import type { Workspace } from './types';

/** Normalises `./a/b.yaml`, `/a//b.yaml` and `a/b.yaml` to one key: `a/b.yaml`. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}

export class MemoryWorkspace implements Workspace {
  private files = new Map<string, string>();

  constructor(files?: Record<string, string>) {
    for (const [path, content] of Object.entries(files ?? {})) this.write(path, content);
  }

  read(path: string): string | undefined {
    return this.files.get(normalizePath(path));
  }

  write(path: string, content: string): void {
    this.files.set(normalizePath(path), content);
  }

  /** Names directly in `dir` (files and sub-folders), sorted. */
  list(dir: string): string[] {
    const base = normalizePath(dir);
    const prefix = base === '' ? '' : `${base}/`;
    const names = new Set<string>();
    for (const path of this.files.keys()) {
      if (!path.startsWith(prefix)) continue;
      names.add(path.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }

  /** A file, or a folder that holds files. */
  exists(path: string): boolean {
    const p = normalizePath(path);
    if (p === '') return true;
    if (this.files.has(p)) return true;
    for (const key of this.files.keys()) if (key.startsWith(`${p}/`)) return true;
    return false;
  }

  isDirectory(path: string): boolean {
    const p = normalizePath(path);
    return !this.files.has(p) && this.exists(p);
  }
}
