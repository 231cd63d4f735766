// .helmignore (mirrors pkg/ignore/rules.go): # comments, `!` negation, a trailing `/` for
// directories, a leading `/` or any `/` matching the whole path, else the base name, with
// path.Match globs; plus Helm's default rule hiding dotfiles under templates/.
interface Rule {
  negate: boolean;
  dirOnly: boolean;
  match: (path: string) => boolean;
}

/** path.Match: * and ? within a segment, [classes] */
function globRe(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) { re += '\\['; continue; }
      re += '[' + pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) re += '\\' + pattern[++i];
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function parseRule(line: string): Rule | null {
  let rule = line.trim();
  if (rule === '' || rule.startsWith('#') || rule.includes('**')) return null;
  const negate = rule.startsWith('!');
  if (negate) rule = rule.slice(1);
  const dirOnly = rule.endsWith('/');
  if (dirOnly) rule = rule.slice(0, -1);
  const full = rule.includes('/');
  if (rule.startsWith('/')) rule = rule.slice(1);
  const re = globRe(rule);
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  return { negate, dirOnly, match: full ? (p) => re.test(p) : (p) => re.test(base(p)) };
}

export function ignoreRules(text: string): (path: string, isDir: boolean) => boolean {
  const rules = [...text.split('\n').map(parseRule).filter((r): r is Rule => r !== null), parseRule('templates/.?*')!];
  return (path, isDir) => {
    for (const r of rules) {
      if (r.negate) {
        if (r.dirOnly && !isDir) return true;
        if (!r.match(path)) return true;
        continue;
      }
      if (r.dirOnly && !isDir) continue;
      if (r.match(path)) return true;
    }
    return false;
  };
}

/** the files a chart keeps: neither they nor a folder above them ignored */
export function applyHelmignore(files: Record<string, string>): Record<string, string> {
  const ignored = ignoreRules(files['.helmignore'] ?? '');
  const out: Record<string, string> = {};
  for (const [path, data] of Object.entries(files)) {
    const parts = path.split('/');
    let skip = false;
    for (let i = 1; i < parts.length && !skip; i++) skip = ignored(parts.slice(0, i).join('/'), true);
    if (!skip && !ignored(path, false)) out[path] = data;
  }
  return out;
}
