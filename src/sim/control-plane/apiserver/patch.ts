// The PATCH verb's three body formats.
// mirrors staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go
import type { PatchType } from '../../api/client';
import { badRequest } from '../../api/status';
import { mergePatch } from '../../api/patch/merge';
import { applyJsonPatch } from '../../api/patch/json-patch';
import { strategicMergePatch } from '../../api/patch/strategic';
import { parseJsonGo } from '../../api/go-json';

export function applyPatch(doc: unknown, type: PatchType, patch: unknown): unknown {
  const body = typeof patch === 'string' ? parse(patch) : patch;
  switch (type) {
    case 'merge':
      return mergePatch(doc, body);
    case 'json':
      return applyJsonPatch(doc, body);
    case 'strategic':
      return strategicMergePatch(doc, body);
    case 'apply':
      throw badRequest('server-side apply is handled by the api-server, not as a document patch');
    default:
      throw badRequest(`unsupported patch type: ${String(type)}`);
  }
}

function parse(s: string): unknown {
  try {
    return parseJsonGo(s);
  } catch (e) {
    throw badRequest(`error decoding patch: ${(e as Error).message}`);
  }
}
