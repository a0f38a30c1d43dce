import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/plain-summary-reporter.ts'],
    // Integration and end-to-end tests start real local servers on their own ports; two workers match CI's two cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // Metrics and the handler's INFO log are proven where they matter (the handler test turns
    // metrics on, the privacy test the log); elsewhere a thousand lines of JSON would bury the report.
    env: { POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'WARN' },
    hookTimeout: 60_000,
  },
});
