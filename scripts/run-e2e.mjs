#!/usr/bin/env node
// `npm run test:e2e`: find a Chromium, then run the Playwright specs against the production build.
// Order: /usr/bin/chromium; as root on Debian, install it with apt-get; $KUBEPLAY_CHROMIUM or
// $CHROMIUM_PATH; Playwright's own downloaded Chromium. The path reaches playwright.config.ts
// through KUBEPLAY_CHROMIUM_RESOLVED. Extra arguments pass through to `playwright test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const log = (msg) => console.error(`[test:e2e] ${msg}`);

function isDebian() {
  try {
    return /^ID(_LIKE)?=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function fromEnv() {
  for (const name of ['KUBEPLAY_CHROMIUM', 'CHROMIUM_PATH']) {
    const path = process.env[name];
    if (!path) continue;
    if (existsSync(path)) return path;
    log(`${name}=${path} does not exist; ignoring it`);
  }
  return undefined;
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

async function findChromium() {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (process.getuid?.() === 0 && isDebian()) {
    log('no /usr/bin/chromium; installing it with apt-get (running as root on Debian)');
    const opts = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    const update = spawnSync('apt-get', ['update'], opts);
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], opts) : update;
    if (install.status === 0 && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
    log('apt-get could not install chromium; trying the other options');
  }
  return fromEnv() ?? (await playwrightChromium());
}

const chromium = await findChromium();
if (!chromium) {
  log('no Chromium found. Do one of these, then run `npm run test:e2e` again:');
  log('  - Debian/Ubuntu: sudo apt-get install chromium   (provides /usr/bin/chromium)');
  log('  - point KUBEPLAY_CHROMIUM (or CHROMIUM_PATH) at a Chromium or Chrome binary');
  log("  - download Playwright's own: npx playwright install chromium");
  process.exit(1);
}
log(`using ${chromium}`);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, KUBEPLAY_CHROMIUM_RESOLVED: chromium },
});
process.exit(run.status ?? 1);
