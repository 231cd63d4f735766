// End-to-end tests run against the production build (`vite build` + `vite preview`), in the Chromium
// that scripts/run-e2e.mjs found (KUBEPLAY_CHROMIUM_RESOLVED). Run them with `npm run test:e2e`.
import { defineConfig, devices } from '@playwright/test';

// KUBEPLAY_E2E_PORT: another port when 4173 is taken (say, by your own `npm run preview`)
const PORT = Number(process.env.KUBEPLAY_E2E_PORT ?? 4173);
// KUBEPLAY_E2E_DIST: serve another build folder (`npx vite build --outDir X`) so that several
// runs sharing one work tree do not overwrite each other's dist/
const DIST = process.env.KUBEPLAY_E2E_DIST;
const preview = `npx vite preview --port ${PORT} --strictPort${DIST ? ` --outDir ${DIST}` : ''}`;
const executablePath = process.env.KUBEPLAY_CHROMIUM_RESOLVED ?? process.env.KUBEPLAY_CHROMIUM ?? process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: 'e2e',
  // KUBEPLAY_E2E_OUTPUT: a separate results folder when several runs share one work tree
  outputDir: process.env.KUBEPLAY_E2E_OUTPUT ?? 'test-results',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // KUBEPLAY_E2E_NO_BUILD=1 reuses an existing dist/ (the CI script builds once)
    command: process.env.KUBEPLAY_E2E_NO_BUILD ? preview : `npm run build && ${preview}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
