// pods/exec over WebSocket, as kubectl 1.30+ speaks it: an HTTP upgrade (RFC 6455) with the
// channel.k8s.io subprotocols; every binary frame's first byte names the stream (1 stdout,
// 2 stderr, 3 the final metav1.Status). The command runs in the simulator at once, so the
// server writes its output, the status, and closes. What the client sends (stdin, resize, the v5
// close signal) is read and ignored.
// mirrors staging/src/k8s.io/apiserver/pkg/util/wsstream (conn.go) and
// pkg/kubelet/cri/streaming/remotecommand (websocket.go, errorstream v4)
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { ApiServer } from "../sim/control-plane/apiserver/apiserver";
import { isStatusError } from "../sim/api/status";

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const PROTOCOLS = ["v5.channel.k8s.io", "v4.channel.k8s.io"];
const EXEC_PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/exec$/;

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head =
    len < 126
      ? Buffer.from([0x80 | opcode, len])
      : len < 65536
        ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 255])
        : Buffer.concat([
            Buffer.from([0x80 | opcode, 127]),
            (() => {
              const b = Buffer.alloc(8);
              b.writeBigUInt64BE(BigInt(len));
              return b;
            })(),
          ]);
  return Buffer.concat([head, payload]);
}

function channel(n: number, data: string | Buffer): Buffer {
  return frame(
    0x2,
    Buffer.concat([
      Buffer.from([n]),
      Buffer.isBuffer(data) ? data : Buffer.from(data),
    ]),
  );
}

function refuse(
  socket: Duplex,
  code: number,
  reason: string,
  status: object,
): void {
  const body = JSON.stringify(status);
  socket.end(
    `HTTP/1.1 ${code} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** true when it took the request (an exec path); otherwise the caller closes the socket */
export function handleExecUpgrade(
  api: ApiServer,
  req: IncomingMessage,
  socket: Duplex,
): boolean {
  const url = new URL(req.url ?? "/", "http://localhost");
  const m = EXEC_PATH.exec(url.pathname);
  if (!m) return false;
  const [ns, pod] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])];
  const command = url.searchParams.getAll("command");
  const container = url.searchParams.get("container") ?? undefined;
  // errors before the upgrade are plain HTTP Status replies, as the api-server's
  let result;
  let streamError: object | undefined;
  try {
    result = api.exec(ns, pod, { container, command });
  } catch (e) {
    if (!isStatusError(e)) throw e;
    // the runtime failing to start the process is reported on the error stream after the upgrade
    if (e.status.reason !== "InternalError") {
      refuse(
        socket,
        e.status.code ?? 500,
        e.status.reason ?? "Error",
        e.status,
      );
      return true;
    }
    streamError = {
      metadata: {},
      status: "Failure",
      message: e.status.message,
      reason: "InternalError",
      code: 500,
    };
    result = { stdout: "", stderr: "", exitCode: 0 };
  }
  // (kubectl falls back to SPDY when the WebSocket upgrade fails; an API error above reaches it either way)
  const key = req.headers["sec-websocket-key"];
  const offered = String(req.headers["sec-websocket-protocol"] ?? "")
    .split(",")
    .map((s) => s.trim());
  const protocol = PROTOCOLS.find((p) => offered.includes(p));
  if (typeof key !== "string" || !protocol) {
    refuse(socket, 400, "Bad Request", {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message:
        "unable to upgrade: missing or unsupported websocket subprotocol",
      reason: "BadRequest",
      code: 400,
    });
    return true;
  }
  const accept = createHash("sha1")
    .update(key + GUID)
    .digest("base64");
  socket.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`,
  );
  socket.on("data", () => undefined); // stdin, resize and close signals: nothing reads them
  socket.on("error", () => undefined);
  const out: Buffer[] = [];
  if (result.stdout) out.push(channel(1, result.stdout));
  if (result.stderr) out.push(channel(2, result.stderr));
  const status =
    streamError ??
    (result.exitCode === 0
      ? { metadata: {}, status: "Success" }
      : {
          metadata: {},
          status: "Failure",
          message: `command terminated with non-zero exit code: error executing command [${command.join(" ")}], exit code ${result.exitCode}`,
          reason: "NonZeroExitCode",
          details: {
            causes: [{ reason: "ExitCode", message: String(result.exitCode) }],
          },
        });
  out.push(channel(3, JSON.stringify(status)));
  out.push(frame(0x8, Buffer.from([0x03, 0xe8]))); // close, 1000 normal
  socket.end(Buffer.concat(out));
  return true;
}
