// Transcript throughput of `kubeplay script`: the golden transcripts replayed in-process, repeated,
// reported as commands per second (the runner's cost per line including 1 s of typing time).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscript } from '../src/lessons/transcript';
import { runScript } from '../src/node/script';

export async function scriptThroughput(rounds: number): Promise<Record<string, unknown>> {
  const dir = join(import.meta.dirname, '..', 'tests', 'transcripts');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const perRound = texts.reduce((n, t) => n + parseTranscript(t).length, 0);
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const t of texts) await runScript(t, { seed: i });
  const ms = performance.now() - t0;
  const commands = perRound * rounds;
  return { transcripts: texts.length * rounds, commands, ms: Math.round(ms), commandsPerSec: Math.round((commands / ms) * 1000) };
}
