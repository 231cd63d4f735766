// The request dispatcher: discovery, OpenAPI, resources; every failure becomes a Status reply.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isStatusError } from '../sim/api/status';
import { apiGroupList, apiResourceList, apiVersions, versionInfo } from './discovery';
import { sendJson, sendStatus } from './http';
import type { OpenApiV3 } from './openapi';
import { encodeOpenApiV2 } from './protobuf/openapi-v2';
import { handleResource, type Ctx } from './resources-handler';
import { parseResourcePath } from './route';
import { handleAutoscalingV1 } from './autoscaling-v1';

const NOT_FOUND = 'the server could not find the requested resource';

function discovery(req: IncomingMessage, res: ServerResponse, path: string, openapi: OpenApiV3): boolean {
  if (path === '/version') return (sendJson(res, 200, versionInfo()), true);
  if (path === '/api') return (sendJson(res, 200, apiVersions()), true);
  if (path === '/apis') return (sendJson(res, 200, apiGroupList()), true);
  if (path === '/healthz' || path === '/readyz' || path === '/livez') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
    return true;
  }
  if (path === '/openapi/v3') return (sendJson(res, 200, openapi.index), true);
  if (path.startsWith('/openapi/v3/')) {
    const doc = openapi.docs.get(path.slice('/openapi/v3/'.length));
    if (doc) sendJson(res, 200, doc);
    else sendStatus(res, 404, 'NotFound', NOT_FOUND);
    return true;
  }
  // v2: protobuf for client-go (what kubectl asks for), JSON for anyone else
  if (path === '/openapi/v2') {
    if ((req.headers.accept ?? '').includes('application/com.github.proto-openapi.spec.v2')) {
      const body = encodeOpenApiV2(openapi.v2);
      res.writeHead(200, { 'Content-Type': 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf', 'Content-Length': body.length });
      res.end(body);
    } else sendJson(res, 200, openapi.v2);
    return true;
  }
  const m = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))$/.exec(path);
  if (m) {
    const list = apiResourceList(m[1] ?? m[2]);
    if (list) sendJson(res, 200, list);
    else sendStatus(res, 404, 'NotFound', NOT_FOUND);
    return true;
  }
  return false;
}

export async function handle(ctx: Ctx, openapi: OpenApiV3, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    if ((method === 'GET' || method === 'HEAD') && discovery(req, res, path, openapi)) return;
    if (await handleAutoscalingV1(ctx, req, res, path, url.searchParams)) return;
    const rt = parseResourcePath(path);
    if (rt === undefined || rt === 'unknown') return sendStatus(res, 404, 'NotFound', NOT_FOUND);
    await handleResource(ctx, req, res, rt, url.searchParams);
  } catch (e) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (isStatusError(e)) return sendJson(res, e.status.code, e.status);
    sendStatus(res, 500, 'InternalError', `Internal error occurred: ${e instanceof Error ? e.message : String(e)}`);
  }
}
