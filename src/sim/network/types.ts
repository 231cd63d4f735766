// What a client inside the cluster asks of the pod network and what it gets back.

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'HEAD';
  /** the Host header (curl -H 'Host: x'), when it is not the URL's host */
  host?: string;
  /** the caller's namespace: its DNS search path */
  fromNamespace: string;
  /** who asks (a pod name, or the terminal's jump pod), for the recorded path */
  from?: string;
}

/** an HTTP answer, or curl's error (its exit code and message) */
export type HttpResult =
  | { ok: true; status: number; reason: string; headers: [string, string][]; body: string; remote?: { host: string; ip: string; port: number } }
  | { ok: false; code: number; message: string };

export interface NetworkHop {
  kind: 'client' | 'service' | 'pod';
  /** namespace/name, or the client's name */
  name: string;
}

/** what a running container listens on (the kubelet's process plans) */
export interface Listener {
  port: number;
  protocol: 'http' | 'tcp';
  body?: string;
  anyPath?: boolean;
  /** the image, for the Server header */
  image: string;
  /** answers `status` with `body` while host:port cannot be reached (WordPress without its database) */
  needs?: { host: string; port: number; status: number; body: string };
}
