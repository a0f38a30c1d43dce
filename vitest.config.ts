import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/plain-summary-reporter.ts'],
    // Integration and end-to-end tests start real local servers on their own ports; two workers match CI's two cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // The Lambda runs on a current Node.js: the SDK's notice about the machine's Node 20 is noise
    // here. Metrics and the handler's INFO log are proven where they matter (the handler test turns
    // metrics on, the privacy test the log); elsewhere a thousand lines of JSON would bury the report.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'WARN' },
    hookTimeout: 60_000,
  },
});
