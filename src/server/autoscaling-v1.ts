// autoscaling/v1 HorizontalPodAutoscalers over the stored autoscaling/v2 ones: what the real
// kubectl 1.32's `kubectl autoscale` posts. Not in discovery (kubectl resolves `hpa` to v2).
// The conversion: ../sim/api/hpa-v1.ts
import type { IncomingMessage, ServerResponse } from 'node:http';
import { R } from '../sim/api/resources';
import { badRequest } from '../sim/api/status';
import { sendJson } from './http';
import { objectBody, writeOpts, type Ctx } from './resources-handler';
import { toV1, toV2 } from '../sim/api/hpa-v1';

const PATH = /^\/apis\/autoscaling\/v1\/namespaces\/([^/]+)\/horizontalpodautoscalers(?:\/([^/]+))?$/;

/** true when the request was an autoscaling/v1 HPA request (answered here) */
export async function handleAutoscalingV1(ctx: Ctx, req: IncomingMessage, res: ServerResponse, path: string, q: URLSearchParams): Promise<boolean> {
  const m = PATH.exec(path);
  if (!m) return false;
  const [, ns, name] = m;
  const method = req.method ?? 'GET';
  if (method === 'POST' && !name) {
    const body = await objectBody(req);
    if (body.apiVersion && body.apiVersion !== 'autoscaling/v1') throw badRequest(`the API version in the data (${body.apiVersion}) does not match the expected API version (autoscaling/v1)`);
    sendJson(res, 201, toV1(ctx.api.create(R.horizontalpodautoscalers, ns, toV2(body), writeOpts(q))));
  } else if (method === 'GET' && name) {
    sendJson(res, 200, toV1(ctx.api.get(R.horizontalpodautoscalers, ns, name)));
  } else if (method === 'GET') {
    const list = ctx.api.list(R.horizontalpodautoscalers, ns);
    sendJson(res, 200, { ...list, apiVersion: 'autoscaling/v1', items: list.items.map(toV1) });
  } else if (method === 'DELETE' && name) {
    sendJson(res, 200, toV1(ctx.api.delete(R.horizontalpodautoscalers, ns, name)));
  } else {
    sendJson(res, 405, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server does not allow this method on the requested resource', reason: 'MethodNotAllowed', code: 405 });
  }
  return true;
}
