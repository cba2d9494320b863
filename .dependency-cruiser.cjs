/**
 * The layers, checked by `npm run depcheck` (part of `npm test`):
 *   contract ← corpus ← retrieval ← answer ← http ← integrations ← server;  eval, cli on top;  web: contract only.
 * platform (threads, bounded caches) is below them all, like contract.
 * shared-state (what replicas share through Redis) knows no domain: the integrations and the server use it.
 * feedback (recent answers, the feedback store) knows only the shared pieces: the front doors that take
 * ratings (integrations, server) and the cli that reviews them import it.
 * config (src/config.ts) is read by every layer below the front doors and imports nothing of the project.
 */
const layer = (name, allowed) => ({
  name: `${name}-imports-only-${allowed.length ? allowed.join('-') : 'itself'}`,
  comment: `src/${name} may import only ${['itself', ...allowed].join(', ')}`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: {
    path: '^src/',
    pathNot: [
      `^src/${name}/`,
      ...allowed.map((a) => (a === 'config' ? '^src/config\\.ts$' : `^src/${a}/`)),
    ],
  },
});

/** What every layer below the front doors may use: the contract, threads, the configuration. */
const SHARED = ['platform', 'contract', 'config'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module may depend on itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'config-is-a-leaf',
      severity: 'error',
      from: { path: '^src/config\\.ts$' },
      to: { path: '^src/' },
    },
    layer('contract', []),
    layer('platform', []),
    layer('shared-state', ['config']),
    layer('corpus', [...SHARED]),
    layer('retrieval', [...SHARED, 'corpus']),
    layer('answer', [...SHARED, 'corpus', 'retrieval']),
    layer('feedback', [...SHARED]),
    layer('http', [...SHARED, 'corpus', 'answer']),
    layer('integrations', [
      ...SHARED,
      'corpus',
      'retrieval',
      'answer',
      'http',
      'shared-state',
      'feedback',
    ]),
    layer('server', [
      ...SHARED,
      'corpus',
      'retrieval',
      'answer',
      'http',
      'shared-state',
      'feedback',
      'integrations',
    ]),
    layer('eval', [...SHARED, 'corpus', 'retrieval', 'answer']),
    layer('cli', [
      ...SHARED,
      'corpus',
      'retrieval',
      'answer',
      'http',
      'shared-state',
      'feedback',
      'integrations',
      'eval',
    ]),
    layer('web', ['contract']),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
