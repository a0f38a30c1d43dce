// `npm run bench`. The seams must be in place before the handler's modules load, so the hooks are
// registered first and the bench itself is imported after them.
import { register } from 'node:module';

// The handler's own log line and metrics per message would fill the terminal; Lambda's figures
// come from the child processes, which keep the defaults.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
register('./seams/seam-hooks.mjs', import.meta.url);
await import('./run-bench.js');
