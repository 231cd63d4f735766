// The editor's live `helm template` preview (issue 5: "updates within 100 ms of a keystroke"): the
// production build in Chromium, `helm create demo`, its service template open, then keystrokes at
// the end of the template; for each, the time from the key's dispatch to the preview's text change
// (a MutationObserver stamps it). Prints medianMs and p95Ms. Needs `npm run build`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { AppPage } from '../e2e/pages/AppPage';
import { ARGS, CHROMIUM, waitForServer } from './ui-scale';

const PORT = 4198;

export async function uiHelmPreview(keys = 25): Promise<Record<string, unknown>> {
  if (!existsSync('dist/index.html')) throw new Error('no build: run `npm run build` first');
  let server: ChildProcess | undefined;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
    await waitForServer(`http://localhost:${PORT}/`, 30_000);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`http://localhost:${PORT}/?lang=en&seed=1`);
    const app = new AppPage(page);
    await app.terminal.run('helm create demo');
    await app.editor.tree().locator('[data-path="demo/templates/service.yaml"] button').first().click();
    const pre = page.getByTestId('helm-preview');
    await pre.filter({ hasText: '# Source: demo/templates/service.yaml' }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { changes: number[] };
      w.changes = [];
      new MutationObserver(() => w.changes.push(performance.now())).observe(document.querySelector('[data-testid="helm-preview"]')!, { childList: true, characterData: true, subtree: true });
    });
    // the cursor to the template's end, on a comment line of its own
    await app.editor.region.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# ');
    await page.waitForTimeout(300);
    const latencies: number[] = [];
    for (let i = 0; i < keys; i++) {
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.press('x');
      await page.waitForFunction((since) => (window as unknown as { changes: number[] }).changes.some((t) => t > since), t0, { timeout: 5000 });
      const t1 = await page.evaluate((since) => (window as unknown as { changes: number[] }).changes.find((t) => t > since)!, t0);
      latencies.push(t1 - t0);
      await page.waitForTimeout(150); // let the learner's "typing" breathe: one keystroke at a time
    }
    latencies.sort((a, b) => a - b);
    return { keys, medianMs: Math.round(latencies[Math.floor(keys / 2)]!), p95Ms: Math.round(latencies[Math.floor(keys * 0.95)]!), maxMs: Math.round(latencies[keys - 1]!), loadAvg: +loadavg()[0]!.toFixed(2) };
  } finally {
    await browser.close();
    server?.kill();
  }
}
