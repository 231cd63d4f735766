// End-to-end tests run against the production build (`vite build` + `vite preview`), in the Chromium
// that scripts/run-e2e.mjs found (KUBEPLAY_CHROMIUM_RESOLVED). Run them with `npm run test:e2e`.
import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;
const executablePath = process.env.KUBEPLAY_CHROMIUM_RESOLVED ?? process.env.KUBEPLAY_CHROMIUM ?? process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
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
    command: process.env.KUBEPLAY_E2E_NO_BUILD ? 'npm run preview' : 'npm run build && npm run preview',
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
