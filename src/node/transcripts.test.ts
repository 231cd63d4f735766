// Golden transcripts: tests/transcripts/<name>.txt replayed by `kubeplay script` must print exactly
// tests/transcripts/<name>.golden. `UPDATE_GOLDEN=1 npx vitest run src/node/transcripts.test.ts`
// rewrites the goldens; read the diff before committing it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './script';

const dir = join(import.meta.dirname, '..', '..', 'tests', 'transcripts');
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden transcripts', () => {
  it('has the transcripts the issue asks for', () => {
    expect(names).toEqual(expect.arrayContaining(['deployment', 'errors', 'pod-lesson']));
  });

  it.each(names)('%s', async (name) => {
    const out = await runScript(readFileSync(join(dir, `${name}.txt`), 'utf8'));
    const golden = join(dir, `${name}.golden`);
    if (update) writeFileSync(golden, out);
    expect(existsSync(golden), `${golden} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(out).toBe(readFileSync(golden, 'utf8'));
  });
});
