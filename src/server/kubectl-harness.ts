// Test helper: runs the real kubectl (/usr/bin/kubectl) against a served cluster, asynchronously
// (the server runs in the same process, so a synchronous child would deadlock it).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

export const KUBECTL = process.env.KUBECTL ?? '/usr/bin/kubectl';

export function requireKubectl(): void {
  if (!existsSync(KUBECTL)) throw new Error(`the real kubectl is required at ${KUBECTL} for the serve tests (set KUBECTL to another path)`);
}

export interface KubectlResult {
  stdout: string;
  stderr: string;
  code: number;
}

export function kubectl(kubeconfig: string, args: string[], stdin?: string): Promise<KubectlResult> {
  return runBinary(KUBECTL, kubeconfig, args, stdin);
}

/** any client binary (kubectl 1.35, helm 4 from scripts/oracle.mjs) with KUBECONFIG set */
export function runBinary(binary: string, kubeconfig: string, args: string[], stdin?: string, cwd?: string): Promise<KubectlResult> {
  return new Promise((resolve) => {
    const child = execFile(binary, args, { cwd, env: { ...process.env, KUBECONFIG: kubeconfig, HOME: process.env.HOME ?? '/tmp' }, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ stdout: String(stdout), stderr: String(stderr), code });
    });
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}
