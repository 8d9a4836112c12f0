import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Two browsers at a time on two cores: every test waits for what it names, never for a time, so a busier machine
  // only makes it wait longer (three full runs in a row passed so; e2e 5.3 → 3.6 min). Timings live in the bench, which
  // runs alone.
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
});
