/**
 * Layers point one way: kernel ← forms ← functions/mime ← functions/domain ← functions/notices ←
 * functions/adapters ← functions/wiring ← functions/handlers; lib, bin, bench and test sit on top
 * and nothing imports them back. No module cycle anywhere. Run by `npm test` (`npm run deps`).
 */
const layer = (path) => ({ path });
const notFrom = (from, to, comment) => ({
  name: `${from.name}-not-${to.name}`,
  comment,
  severity: 'error',
  from: layer(from.path),
  to: layer(to.path),
});

const KERNEL = { name: 'kernel', path: '^kernel/' };
const FORMS = { name: 'forms', path: '^forms/' };
const FUNCTIONS = { name: 'functions', path: '^functions/' };
const MIME = { name: 'mime', path: '^functions/mime/' };
const DOMAIN = { name: 'domain', path: '^functions/domain/' };
const NOTICES = { name: 'notices', path: '^functions/notices/' };
const ADAPTERS = { name: 'adapters', path: '^functions/adapters/' };
const WIRING = { name: 'wiring', path: '^functions/wiring/' };
const HANDLERS = { name: 'handlers', path: '^functions/handlers/' };
const OUTER = { name: 'outer', path: '^(bin|bench|test)/' };

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle ties modules into one: each layer must be readable and testable without the ones above it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    notFrom(KERNEL, { name: 'project', path: '^(forms|functions|lib|bin|bench|test)/' }, 'The kernel is the leaf.'),
    notFrom(FORMS, { name: 'above', path: '^(functions|lib|bin|bench|test)/' }, 'Forms know only the kernel.'),
    notFrom(
      FUNCTIONS,
      { name: 'outer', path: '^(lib|bin|bench|test)/' },
      'The Lambda code imports no tool, test or stack.',
    ),
    notFrom({ name: 'lib', path: '^lib/' }, OUTER, 'The CDK app imports no tool or test.'),
    notFrom(
      MIME,
      { name: 'above', path: '^functions/(domain|notices|adapters|wiring|handlers)/' },
      'MIME reading knows no case.',
    ),
    notFrom(
      DOMAIN,
      { name: 'above', path: '^functions/(notices|adapters|wiring|handlers)/' },
      'The domain says what to do, through its ports.',
    ),
    {
      name: 'domain-not-aws',
      comment: 'The domain imports no AWS SDK: adapters sit behind its ports.',
      severity: 'error',
      from: layer(DOMAIN.path),
      to: { path: '@aws-sdk|@aws-lambda-powertools' },
    },
    notFrom(
      NOTICES,
      { name: 'above', path: '^functions/(adapters|wiring|handlers)/' },
      'Notices depend on the domain only.',
    ),
    notFrom(
      ADAPTERS,
      { name: 'above', path: '^functions/(domain/use-cases|domain/workflow|wiring|handlers)/' },
      'Adapters implement ports; they run no use case.',
    ),
    notFrom(WIRING, HANDLERS, 'Handlers use the wiring, not the other way.'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
