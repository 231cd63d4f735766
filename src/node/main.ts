// Process entry of the `kubeplay` CLI: argv in, exit code out.
import { main } from './cli';

const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
process.exitCode = code;
