// JSON patch (RFC 6902): add, remove, replace, move, copy, test over JSON pointers (RFC 6901).
// Error wording follows evanphx/json-patch, which the api-server uses.
import { StatusError, badRequest } from '../status';
import { isPlainObject } from './merge';

export interface JsonPatchOp {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

function unprocessable(message: string): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 422, reason: 'Invalid', message });
}

function parsePointer(p: string): string[] {
  if (p === '') return [];
  if (!p.startsWith('/')) throw badRequest(`the server rejected our request due to an error in our request: invalid JSON pointer: "${p}"`);
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The container of the last path segment, and that segment. */
function locate(doc: unknown, path: string): { parent: unknown; key: string } {
  const parts = parsePointer(path);
  if (parts.length === 0) throw unprocessable(`replace operation does not apply: doc is missing path: "${path}"`);
  let cur = doc;
  for (const part of parts.slice(0, -1)) {
    cur = child(cur, part);
    if (cur === undefined) throw unprocessable(`doc is missing path: "${path}": missing value`);
  }
  return { parent: cur, key: parts[parts.length - 1] };
}

function child(cur: unknown, part: string): unknown {
  if (Array.isArray(cur)) return /^\d+$/.test(part) ? cur[Number(part)] : undefined;
  if (isPlainObject(cur)) return cur[part];
  return undefined;
}

function get(doc: unknown, path: string): unknown {
  let cur = doc;
  for (const part of parsePointer(path)) {
    cur = child(cur, part);
    if (cur === undefined) throw unprocessable(`doc is missing path: "${path}": missing value`);
  }
  return cur;
}

function add(doc: unknown, path: string, value: unknown): unknown {
  if (path === '') return value;
  const { parent, key } = locate(doc, path);
  if (Array.isArray(parent)) {
    const i = key === '-' ? parent.length : Number(key);
    if (!/^(\d+|-)$/.test(key) || i > parent.length) throw unprocessable(`add operation does not apply: doc is missing path: "${path}": missing value`);
    parent.splice(i, 0, value);
  } else if (isPlainObject(parent)) {
    parent[key] = value;
  } else {
    throw unprocessable(`add operation does not apply: doc is missing path: "${path}": missing value`);
  }
  return doc;
}

function remove(doc: unknown, path: string, op = 'remove'): unknown {
  const { parent, key } = locate(doc, path);
  if (Array.isArray(parent) && /^\d+$/.test(key) && Number(key) < parent.length) parent.splice(Number(key), 1);
  else if (isPlainObject(parent) && key in parent) delete parent[key];
  else throw unprocessable(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  return doc;
}

/** Apply the operations to a copy of `doc`. */
export function applyJsonPatch(doc: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let out = structuredClone(doc);
  for (const raw of ops as JsonPatchOp[]) {
    if (!isPlainObject(raw) || typeof raw.path !== 'string') throw badRequest('the server rejected our request due to an error in our request');
    switch (raw.op) {
      case 'add':
        out = add(out, raw.path, structuredClone(raw.value));
        break;
      case 'remove':
        out = remove(out, raw.path);
        break;
      case 'replace':
        get(out, raw.path);
        out = raw.path === '' ? structuredClone(raw.value) : add(remove(out, raw.path, 'replace'), raw.path, structuredClone(raw.value));
        break;
      case 'move': {
        const v = get(out, raw.from ?? '');
        out = add(remove(out, raw.from ?? '', 'move'), raw.path, v);
        break;
      }
      case 'copy':
        out = add(out, raw.path, structuredClone(get(out, raw.from ?? '')));
        break;
      case 'test':
        if (JSON.stringify(get(out, raw.path)) !== JSON.stringify(raw.value)) throw unprocessable(`testing value ${raw.path} failed: test failed`);
        break;
      default:
        throw badRequest(`Unexpected kind: ${String((raw as { op: unknown }).op)}`);
    }
  }
  return out;
}
