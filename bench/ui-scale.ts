// The UI at scale (issue 4): the production build in Debian's Chromium, a cluster of N nodes
// (`?nodes=`), one Deployment of M replicas created from the terminal at 50x speed; a
// PerformanceObserver counts the main thread's long tasks (over 50 ms of wall time) until every pod
// runs; a Chrome trace gives the same tasks' CPU time (cpuLongTasks, maxTaskCpuMs), which a busy
// machine does not inflate, and loadAvg says how busy the machine was.
// Prints one JSON line. Needs a build (`npm run build`); run with `npm run bench -- ui-scale`.
// KUBEPLAY_BENCH_PROFILE=file.cpuprofile records the main thread's JS profile (CDP Profiler) over the
// convergence; with KUBEPLAY_BENCH_DIST=dir (say a `vite build --minify false --outDir dir`) its
// function names are readable. KUBEPLAY_BENCH_TRACE=file.json records a Chrome trace instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mainThreadTasks } from './trace-tasks';
import { chromium } from '@playwright/test';
import { AppPage } from '../e2e/pages/AppPage';

const PORT = 4199;
export const CHROMIUM = process.env.KUBEPLAY_CHROMIUM ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    if (Date.now() > until) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function uiScale(opts: { nodes?: number; replicas?: number; timeoutMs?: number } = {}) {
  const nodes = opts.nodes ?? 500;
  const replicas = opts.replicas ?? 10_000;
  if (!existsSync(`${process.env.KUBEPLAY_BENCH_DIST ?? 'dist'}/index.html`)) throw new Error('no build: run `npm run build` first');
  let server: ChildProcess | undefined;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const dist = process.env.KUBEPLAY_BENCH_DIST;
    // vite itself, not through npx: killing npx would leave the server running
    server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', ...(dist ? ['--outDir', dist] : [])], { stdio: 'ignore' });
    await waitForServer(`http://localhost:${PORT}/`, 30_000);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
      // where the time went, for whoever reads a long task: the last 20 of them with their start
      (window as unknown as { longTaskLog: string[] }).longTaskLog = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window as unknown as { longTaskLog: string[] }).longTaskLog.push(`${Math.round(e.startTime)}+${Math.round(e.duration)}`))).observe({ type: 'longtask' });
    });
    await page.goto(`http://localhost:${PORT}/?bench&lang=en&seed=1&nodes=${nodes}`);
    const app = new AppPage(page);
    await app.graph.region.waitFor();
    // a big cluster takes a while to boot in the worker: the speed control is enabled once it has
    await page.getByRole('combobox', { name: /^Speed/ }).and(page.locator(':enabled')).waitFor({ timeout: 180_000 });
    await app.setSpeed(50);
    // only what happens from here on counts: start-up (the editor, the first layout) is not the convergence
    await page.waitForTimeout(5000);
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    const profile = process.env.KUBEPLAY_BENCH_PROFILE;
    const cdp = profile ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    // a Chrome trace of the convergence: every main-thread task's CPU time (see ./trace-tasks.ts);
    // KUBEPLAY_BENCH_TRACE=file.json keeps it, with more detail, for the Performance panel
    const keep = process.env.KUBEPLAY_BENCH_TRACE;
    const trace = keep ?? join(tmpdir(), `kubeplay-ui-scale-${process.pid}.json`);
    const categories = keep ? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] : ['disabled-by-default-devtools.timeline'];
    await browser.startTracing(page, { path: trace, categories });
    const t0 = Date.now();
    await app.terminal.run(`kubectl create deployment bench --image=nginx:1.27 --replicas=${replicas}`);
    const running = () =>
      page.evaluate(() => {
        const store = (window as unknown as { kubeplayStore: { getState(): { objects: Record<string, Map<string, { metadata: { labels?: Record<string, string> }; status?: { phase?: string } }>> } } }).kubeplayStore;
        let n = 0;
        for (const p of store.getState().objects.Pod?.values() ?? []) if (p.metadata.labels?.app === 'bench' && p.status?.phase === 'Running') n++;
        return n;
      });
    let n = 0;
    const deadline = t0 + (opts.timeoutMs ?? 600_000);
    while ((n = await running()) < replicas && Date.now() < deadline) await page.waitForTimeout(1000);
    const ms = Date.now() - t0;
    await browser.stopTracing();
    const cpu = mainThreadTasks(trace);
    if (!keep) rmSync(trace, { force: true });
    if (cdp && profile) writeFileSync(profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice());
    if (process.env.KUBEPLAY_BENCH_DEBUG) console.error(await page.evaluate(() => (window as unknown as { longTaskLog: string[] }).longTaskLog.join(' ')));
    return { nodes, pods: replicas, running: n, ms, longTasks: tasks.length, maxTaskMs: Math.round(Math.max(0, ...tasks)), totalLongTaskMs: Math.round(tasks.reduce((a, b) => a + b, 0)), ...cpu, loadAvg: +loadavg()[0].toFixed(1) };
  } finally {
    await browser.close();
    server?.kill();
  }
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('ui-scale.ts');
if (isMain) {
  const [n, m] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await uiScale({ nodes: n || undefined, replicas: m || undefined })));
}
