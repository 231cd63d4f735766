// Dev-time generator of src/server/protobuf/table.generated.json: for every protobuf message of the
// API groups kubeplay serves, its fields by number, with the JSON name, wire type and Go-side traits
// (pointer, omitempty, inline) needed to turn a protobuf body into the JSON the same Go struct
// would marshal to. It reads upstream's generated.proto (message layout and resolved types) and
// types.go (struct tags: `json:"…"` and `protobuf:"…,N,…,name=…"`).
//
// Run it against checkouts of github.com/kubernetes/api and github.com/kubernetes/apimachinery:
//   npx tsx scripts/gen-proto-table.ts <kubernetes/api dir> <kubernetes/apimachinery dir>
// Field numbers never change upstream (only new fields are added), so regenerating is needed only
// to pick up new fields. Nothing is fetched at build or run time: the table is committed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const API_PACKAGES = ['core/v1', 'apps/v1', 'batch/v1', 'policy/v1', 'coordination/v1', 'autoscaling/v1', 'discovery/v1', 'networking/v1', 'storage/v1', 'rbac/v1'];
const MACHINERY_PACKAGES = ['pkg/apis/meta/v1'];

/** [jsonName ('' = inline), scalar kind or message name, flags] */
export type FieldEntry = [string, string, number];
export const REPEATED = 1;
export const POINTER = 2;
export const OMITEMPTY = 4;
export const MAP = 8; // kind is `map:<keyKind>:<valueKind or message>`

interface ProtoField {
  label: string;
  type: string;
  name: string;
  number: number;
}

const SCALARS: Record<string, string> = { string: 'string', bytes: 'bytes', bool: 'bool', int32: 'int', int64: 'int', uint32: 'int', uint64: 'int', sint32: 'sint', sint64: 'sint', double: 'double', float: 'float', fixed64: 'fixed64', fixed32: 'fixed32' };

function resolveType(t: string, pkg: string, known: Set<string>): string {
  if (SCALARS[t]) return SCALARS[t];
  if (t.startsWith('.')) return t.slice(1);
  const local = `${pkg}.${t}`;
  if (known.has(local) || !t.includes('.')) return local;
  return t;
}

/** message name → fields, from one generated.proto (nested messages do not occur in these files) */
function parseProto(text: string): { pkg: string; messages: Map<string, ProtoField[]> } {
  const pkg = /^package ([\w.]+);/m.exec(text)![1];
  const messages = new Map<string, ProtoField[]>();
  const re = /^message (\w+) \{([\s\S]*?)^\}/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const fields: ProtoField[] = [];
    for (const line of m[2].split('\n')) {
      const l = line.trim();
      if (l.startsWith('//') || !l) continue;
      const map = /^map<(\w+),\s*([\w.]+)>\s+(\w+)\s*=\s*(\d+);/.exec(l);
      if (map) {
        fields.push({ label: 'map', type: `${map[1]},${map[2]}`, name: map[3], number: Number(map[4]) });
        continue;
      }
      const f = /^(optional|repeated|required)\s+([\w.]+)\s+(\w+)\s*=\s*(\d+)/.exec(l);
      if (f) fields.push({ label: f[1], type: f[2], name: f[3], number: Number(f[4]) });
    }
    messages.set(`${pkg}.${m[1]}`, fields);
  }
  return { pkg, messages };
}

interface GoField {
  json: string;
  omitempty: boolean;
  inline: boolean;
  pointer: boolean;
}

/** struct name → proto field name → Go traits, from a package's *.go files with protobuf tags */
function parseGo(text: string, out: Map<string, Map<string, GoField>>): void {
  const re = /^type (\w+) struct \{([\s\S]*?)^\}/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const fields = out.get(m[1]) ?? new Map<string, GoField>();
    for (const line of m[2].split('\n')) {
      const tag = /`([^`]*)`/.exec(line);
      if (!tag) continue;
      const proto = /protobuf:"[^"]*name=(\w+)/.exec(tag[1]);
      const json = /json:"([^"]*)"/.exec(tag[1]);
      if (!proto || !json) continue;
      const code = line.slice(0, tag.index).trim().replace(/\/\/.*$/, '');
      const parts = code.split(/\s+/);
      const goType = parts.length >= 2 ? parts.slice(1).join(' ') : parts[0];
      const [name, ...opts] = json[1].split(',');
      fields.set(proto[1], { json: name, omitempty: opts.includes('omitempty'), inline: opts.includes('inline'), pointer: goType.startsWith('*') });
    }
    out.set(m[1], fields);
  }
}

function readGoFiles(dir: string, out: Map<string, Map<string, GoField>>): void {
  for (const f of ['types.go', 'well_known_labels.go']) {
    const p = join(dir, f);
    if (existsSync(p)) parseGo(readFileSync(p, 'utf8'), out);
  }
}

export function generate(apiDir: string, machineryDir: string): Record<string, Record<string, FieldEntry>> {
  const dirs = [...API_PACKAGES.map((p) => join(apiDir, p)), ...MACHINERY_PACKAGES.map((p) => join(machineryDir, p))];
  const protos = dirs.map((d) => parseProto(readFileSync(join(d, 'generated.proto'), 'utf8')));
  const known = new Set(protos.flatMap((p) => [...p.messages.keys()]));
  const table: Record<string, Record<string, FieldEntry>> = {};
  protos.forEach((p, i) => {
    const go = new Map<string, Map<string, GoField>>();
    readGoFiles(dirs[i], go);
    for (const [full, fields] of p.messages) {
      const short = full.slice(p.pkg.length + 1);
      const traits = go.get(short);
      const entry: Record<string, FieldEntry> = {};
      for (const f of fields) {
        const t = traits?.get(f.name);
        let flags = 0;
        if (t?.pointer) flags |= POINTER;
        if (t?.omitempty) flags |= OMITEMPTY;
        let kind: string;
        if (f.label === 'map') {
          const [k, v] = f.type.split(',');
          kind = `map:${resolveType(k, p.pkg, known)}:${resolveType(v, p.pkg, known)}`;
          flags |= MAP;
        } else {
          kind = resolveType(f.type, p.pkg, known);
          if (f.label === 'repeated') flags |= REPEATED;
        }
        // no Go struct tag (e.g. a type whose Go side is hand-written): the proto name is the JSON name
        entry[f.number] = [t ? (t.inline ? '' : t.json) : f.name, kind, flags];
      }
      table[full] = entry;
    }
  });
  return table;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [apiDir, machineryDir] = process.argv.slice(2);
  if (!apiDir || !machineryDir) {
    console.error('usage: tsx scripts/gen-proto-table.ts <kubernetes/api dir> <kubernetes/apimachinery dir>');
    process.exit(2);
  }
  const out = fileURLToPath(new URL('../src/server/protobuf/table.generated.json', import.meta.url));
  const table = generate(apiDir, machineryDir);
  writeFileSync(out, JSON.stringify(table) + '\n');
  console.log(`${Object.keys(table).length} messages → ${out}`);
}
