// What a command interpreter (kubectl, later helm and az) needs from its surroundings.
// The same interpreters run in the browser's worker, in `kubeplay script` and in tests.
import type { KubeClient, SyncKubeApi } from '../sim/api/client';
import type { HttpRequest, HttpResult } from '../sim/network/types';
import type { AksCluster } from '../sim/aks/model';

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
   * Write stderr now (the shell shows an earlier command's errors before the next command of a
   * `;`/`&&` list runs). Absent = it goes into the result's stderr with the rest.
   */
  printError?(text: string): void;
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
  /**
   * The playground can open `kubectl edit`'s buffer in its editor (the browser worker sets it).
   * Absent (`kubeplay script`, tests) = `kubectl edit` fails with a clear error.
   */
  editor?: boolean;
  /**
   * The JSON schema the api-server's OpenAPI documents are built from (scripts/gen-schema.ts), for
   * `kubectl explain`. The worker loads the editor's copy lazily; Node reads it from disk.
   * Absent = explain fails with a clear error.
   */
  openApiSchema?: () => Promise<Record<string, unknown>>;
  /**
   * What the shell feeds the command on its standard input: the previous stage's output in a
   * pipeline, a `< file`, a here-document (src/cli/shell/exec.ts). Absent = no input (a terminal
   * with nothing typed ahead): `kubectl apply -f -` and `cat` then read nothing.
   */
  stdin?: string;
  /**
   * The cluster's seeded random numbers (helm's randAlphaNum and uuidv4 draw from them, so the same
   * commands make the same release). Absent = a fixed-seed generator.
   */
  rng?: { int(n: number): number; uuid(): string };
  /**
   * The in-process api-server's synchronous verbs, for what must read the cluster while something
   * synchronous runs (helm's `lookup` inside a template). Absent = lookup finds nothing, as in
   * `helm template`.
   */
  syncApi?: SyncKubeApi;
  /**
   * The AKS managed cluster around the simulator (src/sim/aks), for the terminal's `az aks`.
   * Absent = az finds no subscription.
   */
  aks?: AksCluster;
}

/**
 * `kubectl edit`'s open buffer: the UI shows `buffer` in a temporary tab; saving sends the text back
 * (worker request 'submitEdit', src/cli/kubectl/edit.ts submitEdit), closing it cancels.
 */
export interface EditRequest {
  /** where the object lives */
  gvr: { group: string; version: string; resource: string };
  namespace?: string;
  name: string;
  /** `deployment.apps/web`, as the result line names it */
  ref: string;
  /** the tab's title, like kubectl's temp file: `kubectl-edit-deployment-web.yaml` */
  fileName: string;
  /** the text to show: kubectl's header comment, any failures, then the YAML */
  buffer: string;
  /** the object as the buffer first showed it: what the patch is computed against */
  original: unknown;
  /** an earlier save failed: closing now prints `error: Edit cancelled, no valid changes were saved.` */
  failed?: boolean;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** how many characters at the start of stdout were already shown through CliContext.print */
  streamed?: number;
  /** how many characters at the start of stderr were already shown through CliContext.printError */
  streamedStderr?: number;
  /** `kubectl edit` in the playground: open this buffer in the editor; the result follows on save */
  edit?: EditRequest;
}
