// A small subset of JMESPath for `--query`, the forms AKS tutorials use: `a.b`, `a[0].b`, `a[].b`,
// `[].{name:name,count:count}` (a multiselect hash), `length(a)`. Anything else is refused with az's error.

type J = unknown;

function field(v: J, name: string): J {
  return v && typeof v === 'object' && !Array.isArray(v) ? ((v as Record<string, J>)[name] ?? null) : null;
}

/** split at top-level dots (not inside braces or brackets) */
function segments(path: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of path) {
    if (ch === '{' || ch === '[') depth++;
    if (ch === '}' || ch === ']') depth--;
    if (ch === '.' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** objects a multiselect hash made: knack's JMESPath gives OrderedDicts, printed in their own key order */
const ordered = new WeakSet<object>();

export function isOrderedHash(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ordered.has(v);
}

function hash(v: J, body: string): J {
  const out: Record<string, J> = {};
  ordered.add(out);
  for (const pair of body.split(',')) {
    const i = pair.indexOf(':');
    out[pair.slice(0, i).trim()] = evaluate(v, pair.slice(i + 1).trim());
  }
  return out;
}

export function evaluate(value: J, query: string): J {
  const len = /^length\((.*)\)$/.exec(query);
  if (len) {
    const v = evaluate(value, len[1]);
    return Array.isArray(v) ? v.length : typeof v === 'string' ? v.length : null;
  }
  const segs = segments(query);
  let v = value;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s];
    if (seg.startsWith('{') && seg.endsWith('}')) {
      v = v === null ? null : hash(v, seg.slice(1, -1));
      continue;
    }
    const m = /^([A-Za-z_][\w-]*)?((?:\[\d*\])*)$/.exec(seg);
    if (!m) throw new Error(query);
    if (m[1]) v = field(v, m[1]);
    const idx = [...m[2].matchAll(/\[(\d*)\]/g)].map((x) => x[1]);
    for (const [k, i] of idx.entries()) {
      if (!Array.isArray(v)) return null;
      if (i === '') {
        // a projection: the rest of the expression applies to each element
        const rest = [idx.slice(k + 1).map((x) => `[${x}]`).join(''), ...segs.slice(s + 1)].filter(Boolean).join('.').replace(/^\.|^(\[)/, '$1');
        return rest ? v.map((e) => evaluate(e, rest)).filter((e) => e !== null) : v;
      }
      v = v[Number(i)] ?? null;
    }
  }
  return v;
}

/** apply --query, or the error text az prints for an expression it cannot parse */
export function applyQuery(value: J, query: string | undefined): { value: J } | { error: string } {
  if (query === undefined) return { value };
  try {
    return { value: evaluate(value, query) };
  } catch {
    return { error: `ERROR: argument --query: invalid jmespath_type value: '${query}'\n` };
  }
}
