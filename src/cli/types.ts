// What a command interpreter (kubectl, later helm and az) needs from its surroundings.
// The same interpreters run in the browser's worker, in `kubeplay script` and in tests.
import type { KubeClient } from '../sim/api/client';
import type { HttpRequest, HttpResult } from '../sim/network/types';

/** The playground's virtual file system: the editor's files and anything the terminal writes. */
export interface Workspace {
  read(path: string): string | undefined;
  write(path: string, content: string): void;
  /** Paths directly in `dir` ('' = the root), sorted */
  list(dir: string): string[];
  exists(path: string): boolean;
}

export interface CliContext {
  client: KubeClient;
  workspace: Workspace;
  /** virtual epoch milliseconds, for AGE columns */
  now(): number;
  /** the namespace commands use without -n */
  namespace: string;
  /**
   * `kubectl config set-context --current --namespace=X`: make X the namespace of later commands.
   * Absent = the command only changes `namespace` on this context object.
   */
  setNamespace?(namespace: string): void;
  /** advance simulated time (transcripts' `sleep`, kubectl's waits); absent = cannot wait */
  sleep?(ms: number): Promise<void>;
  /**
   * Write stdout now, before the command ends (kubectl prints `pod "x" deleted`, then waits).
   * Absent = it goes into the result's stdout with the rest.
   */
  print?(text: string): void;
  /**
   * Ctrl+C (or `timeout`): set by ./interrupt.ts `interruptible`, whose context throws Interrupted
   * from its next wait or API call once this aborts. Commands need not read it themselves.
   */
  signal?: AbortSignal;
  /**
   * The cluster's pod network (src/sim/network), for the terminal's `curl`, which runs as if from
   * a pod in the current namespace. Absent = no cluster network: curl cannot resolve any host.
   */
  network?: { request(req: HttpRequest): HttpResult };
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** how many characters at the start of stdout were already shown through CliContext.print */
  streamed?: number;
}
