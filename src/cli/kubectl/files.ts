// -f FILE|DIR|-: what kubectl reads from the workspace. A folder means its .yaml, .yml and .json
// files, in name order (kubectl's FileVisitor; -R would recurse). `-` is the shell's stdin (a pipe,
// `<` or a here-document), named STDIN in messages as kubectl's FileVisitor names it.
import type { Workspace } from '../types';
import { normalizePath } from '../workspace';

export interface ManifestFile {
  name: string;
  text: string;
}

const MANIFEST_EXT = /\.(ya?ml|json)$/;

export function readManifestFiles(ws: Workspace, paths: string[], recursive = false, stdin?: string): ManifestFile[] | { error: string } {
  const files: ManifestFile[] = [];
  for (const path of paths) {
    if (path === '-') {
      if (paths.filter((p) => p === '-').length > 1) return { error: 'error: standard input cannot be used for multiple arguments' };
      files.push({ name: 'STDIN', text: stdin ?? '' });
      continue;
    }
    if (!ws.exists(path)) return { error: `error: the path "${path}" does not exist` };
    const text = ws.read(path);
    if (text !== undefined) {
      files.push({ name: path, text });
      continue;
    }
    const walk = (dir: string): void => {
      for (const entry of ws.list(dir)) {
        const full = normalizePath(`${dir}/${entry}`);
        const content = ws.read(full);
        if (content === undefined) {
          if (recursive) walk(full);
        } else if (MANIFEST_EXT.test(entry)) files.push({ name: path.endsWith('/') ? `${path}${entry}` : `${path}/${entry}`, text: content });
      }
    };
    walk(path);
  }
  return files;
}
