import { defineConfig, devices } from '@playwright/test';

// No browser download: the system Chromium (Debian's package) drives every journey.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// Each viewport gets its own server on a fresh database, because each journey starts from first-run setup.
const DESKTOP_PORT = 3210;
const PHONE_PORT = 3211;
const server = (port: number) => ({
  command: `node apps/web/e2e/serve-fresh.mjs ${port}`,
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

const DESKTOP = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  baseURL: `http://127.0.0.1:${DESKTOP_PORT}`,
};
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  baseURL: `http://127.0.0.1:${PHONE_PORT}`,
};

export default defineConfig({
  testDir: 'apps/web/e2e',
  outputDir: 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions,
  },
  // Each viewport first runs the first-run journey on its fresh installation; its other journeys build on that.
  projects: [
    { name: 'desktop-first-run', testMatch: 'first-run.spec.ts', use: DESKTOP },
    { name: 'desktop', testIgnore: 'first-run.spec.ts', dependencies: ['desktop-first-run'], use: DESKTOP },
    { name: 'phone-first-run', testMatch: 'first-run.spec.ts', use: PHONE },
    { name: 'phone', testIgnore: 'first-run.spec.ts', dependencies: ['phone-first-run'], use: PHONE },
  ],
  webServer: [server(DESKTOP_PORT), server(PHONE_PORT)],
});
