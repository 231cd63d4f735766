// .Files (mirrors pkg/engine/files.go): Get, GetBytes, Glob, Lines, AsConfig and AsSecrets over
// the chart's non-template files.
import { GoStruct, type GoValue } from '../template/value';
import { toYaml } from '../template/yaml/toyaml';
import { b64encode } from '../template/sprig/encoding';

/** path.Match-style glob: * and ? within a segment, ** across segments (gobwas/glob as Helm uses) */
function globRe(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') { re += '.*'; i++; } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const base = (p: string) => p.split('/').pop()!;

export function filesStruct(files: Record<string, string>): GoStruct {
  const s = new GoStruct('engine.files', {
    Get: (name: GoValue) => files[String(name)] ?? '',
    GetBytes: (name: GoValue) => [...new TextEncoder().encode(files[String(name)] ?? '')].map((b) => BigInt(b)),
    Glob: (pattern: GoValue) => {
      const re = globRe(String(pattern));
      const sub: Record<string, string> = {};
      for (const [k, v] of Object.entries(files)) if (re.test(k)) sub[k] = v;
      return filesStruct(sub);
    },
    Lines: (name: GoValue) => {
      const s = files[String(name)];
      if (s === undefined) return [];
      // files.go Lines: one final newline does not make an empty last line
      return (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n');
    },
    AsConfig: () => {
      const m: Record<string, GoValue> = {};
      for (const k of Object.keys(files).sort()) m[base(k)] = files[k];
      return toYaml(m);
    },
    AsSecrets: () => {
      const m: Record<string, GoValue> = {};
      for (const k of Object.keys(files).sort()) m[base(k)] = b64encode(files[k]);
      return toYaml(m);
    },
  });
  s.mapView = { ...files };
  return s;
}
