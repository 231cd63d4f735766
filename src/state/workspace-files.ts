// Pure operations on the workspace's files (path → content): folders exist through the files they
// hold, plus empty folders kept as a trailing-slash entry ('k8s/') until a file lands in them.
import { normalizePath } from '../cli/workspace';

export type Files = Record<string, string>;

/** the marker of an empty folder */
export const folderKey = (path: string) => `${normalizePath(path)}/`;

export function isFolderKey(key: string): boolean {
  return key.endsWith('/');
}

export function writeFile(files: Files, path: string, content: string): Files {
  const p = normalizePath(path);
  const next: Files = { ...files, [p]: content };
  // the folders above it are no longer empty
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) delete next[p.slice(0, i + 1)];
  return next;
}

export function addFolder(files: Files, path: string): Files {
  const key = folderKey(path);
  return Object.keys(files).some((k) => k.startsWith(key)) ? files : { ...files, [key]: '' };
}

/** A file, or a folder with everything under it. */
export function removePath(files: Files, path: string): Files {
  const p = normalizePath(path);
  const next: Files = {};
  for (const [k, v] of Object.entries(files)) if (k !== p && !k.startsWith(`${p}/`)) next[k] = v;
  return next;
}

/** Rename a file or a folder (everything under it moves along). */
export function renamePath(files: Files, from: string, to: string): Files {
  const f = normalizePath(from);
  const t = normalizePath(to);
  const next: Files = {};
  for (const [k, v] of Object.entries(files)) {
    if (k === f) next[t] = v;
    else if (k.startsWith(`${f}/`)) next[`${t}/${k.slice(f.length + 1)}`] = v;
    else next[k] = v;
  }
  return next;
}

export function exists(files: Files, path: string): boolean {
  const p = normalizePath(path);
  return p in files || Object.keys(files).some((k) => k.startsWith(`${p}/`));
}

export interface TreeNode {
  name: string;
  path: string;
  folder: boolean;
  children: TreeNode[];
}

/** The files as a tree: folders first, then files, each sorted by name. */
export function buildTree(files: Files): TreeNode[] {
  const root: TreeNode = { name: '', path: '', folder: true, children: [] };
  for (const key of Object.keys(files)) {
    const folder = isFolderKey(key);
    const parts = (folder ? key.slice(0, -1) : key).split('/');
    let node = root;
    parts.forEach((name, i) => {
      const path = parts.slice(0, i + 1).join('/');
      const isFolder = folder || i < parts.length - 1;
      let child = node.children.find((c) => c.name === name && c.folder === isFolder);
      if (!child) {
        child = { name, path, folder: isFolder, children: [] };
        node.children.push(child);
      }
      node = child;
    });
  }
  const sort = (n: TreeNode) => {
    n.children.sort((a, b) => (a.folder === b.folder ? a.name.localeCompare(b.name) : a.folder ? -1 : 1));
    n.children.forEach(sort);
  };
  sort(root);
  return root.children;
}
