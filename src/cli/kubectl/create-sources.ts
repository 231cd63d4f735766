// The key/value sources of `kubectl create configmap|secret generic`: --from-literal, --from-file
// (a file, `key=file`, or a folder's files) and --from-env-file, read from the workspace.
// mirrors kubectl/pkg/cmd/create/create_configmap.go (handleConfigMapFromLiteralSources,
// handleConfigMapFromFileSources, handleConfigMapFromEnvFileSources) and pkg/util/hash-free parts
import type { Workspace } from '../types';
import { normalizePath } from '../workspace';

export interface SourceFlags {
  literals: string[];
  files: string[];
  envFiles: string[];
}

export type Collected = { entries: Array<[string, string]> } | { error: string };

const KEY = /^[-._a-zA-Z0-9]+$/;

/** kubectl's validation of a data key (IsConfigMapKey) */
function badKey(key: string): string | undefined {
  if (!KEY.test(key)) return `a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`;
  if (key === '.' || key === '..' || key.startsWith('..')) return `must not be '.' or '..' or start with '..'`;
  return undefined;
}

function baseName(path: string): string {
  const parts = normalizePath(path).split('/');
  return parts[parts.length - 1];
}

export function collectSources(ws: Workspace, s: SourceFlags, what: 'ConfigMap' | 'Secret', name: string): Collected {
  const out: Array<[string, string]> = [];
  const add = (key: string, value: string): string | undefined => {
    const bad = badKey(key);
    if (bad) return `error: "${key}" is not valid key name for a ${what}: ${bad}`;
    if (out.some(([k]) => k === key)) return `error: cannot add key "${key}", another key by that name already exists in ${what === 'ConfigMap' ? 'Data' : 'data'} for ${what} "${name}"`;
    out.push([key, value]);
    return undefined;
  };
  for (const file of s.files) {
    const eq = file.indexOf('=');
    const [key, path] = eq < 0 ? [undefined, file] : [file.slice(0, eq), file.slice(eq + 1)];
    if (eq === 0 || path === '') return { error: `error: key names or file paths cannot be empty` };
    if (!ws.exists(path)) return { error: `error: error reading ${path}: no such file or directory` };
    const text = ws.read(path);
    if (text === undefined) {
      if (key !== undefined) return { error: `error: cannot give a key name for a directory path` };
      for (const entry of ws.list(path)) {
        const content = ws.read(normalizePath(`${path}/${entry}`));
        if (content === undefined) continue; // kubectl skips sub-folders
        const e = add(entry, content);
        if (e) return { error: e };
      }
      continue;
    }
    const e = add(key ?? baseName(path), text);
    if (e) return { error: e };
  }
  for (const lit of s.literals) {
    const eq = lit.indexOf('=');
    if (eq <= 0) return { error: `error: invalid literal source ${lit}, expected key=value` };
    const e = add(lit.slice(0, eq), lit.slice(eq + 1));
    if (e) return { error: e };
  }
  for (const path of s.envFiles) {
    const text = ws.read(path);
    if (text === undefined) return { error: `error: open ${path}: no such file or directory` };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].replace(/^\uFEFF/, '').trimStart();
      if (line === '' || line.startsWith('#')) continue;
      const eq = line.indexOf('=');
      const key = eq < 0 ? line : line.slice(0, eq);
      if (eq < 0) return { error: `error: env file ${path} line ${i + 1}: key "${key}" has no value` };
      const e = add(key, line.slice(eq + 1));
      if (e) return { error: e };
    }
  }
  return { entries: out };
}

/** []byte in JSON: base64 of the UTF-8 bytes */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}
