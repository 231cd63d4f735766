// `kubeplay serve [--port N] [--host H] [--speed X] [--seed S] [--kubeconfig PATH]`
import { serve } from './serve';

export const SERVE_USAGE = `Usage: kubeplay serve [--port N] [--host H] [--speed X] [--seed S] [--kubeconfig PATH]
  Serve a simulated cluster as a Kubernetes API (plain HTTP, no auth) for the real kubectl.
  --port N           port (default 6443; 0 = any free port)
  --host H           address to listen on (default 127.0.0.1)
  --speed X          simulated seconds per real second (default 1)
  --seed S           seed for random names (default 1)
  --kubeconfig PATH  where to write the kubeconfig (default: a file in the temp directory)
`;

export interface ServeIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Parses argv, starts the server and resolves once it stops (SIGINT/SIGTERM); returns the exit code. */
export async function runServe(argv: string[], io: ServeIO = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }): Promise<number> {
  const o: { port: number; host?: string; speed?: number; seed?: string; kubeconfigPath?: string } = { port: 6443 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      io.stdout(SERVE_USAGE);
      return 0;
    }
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) {
      io.stderr(`kubeplay serve: flag needs an argument: ${flag}\n${SERVE_USAGE}`);
      return 1;
    }
    if (flag === '--port' && /^\d+$/.test(value)) o.port = Number(value);
    else if (flag === '--host') o.host = value;
    else if (flag === '--speed' && Number.isFinite(Number(value)) && Number(value) >= 0) o.speed = Number(value);
    else if (flag === '--seed') o.seed = value;
    else if (flag === '--kubeconfig') o.kubeconfigPath = value;
    else {
      io.stderr(`kubeplay serve: bad flag or value: ${a}\n${SERVE_USAGE}`);
      return 1;
    }
  }
  let served;
  try {
    served = await serve(o);
  } catch (e) {
    io.stderr(`kubeplay serve: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  io.stdout(`Kubeplay cluster serving at ${served.url}\nexport KUBECONFIG=${served.kubeconfig}\n`);
  const s = served;
  await new Promise<void>((resolve) => {
    const stop = () => void s.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
