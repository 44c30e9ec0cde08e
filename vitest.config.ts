import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { TEST_BINDINGS } from './test/bindings.ts'
import { DELIVERY_TEST_BINDINGS } from './test/delivery/bindings.ts'

export default defineConfig({
  test: {
    // The summary and the failures, nothing else (`npm test` runs scripts/test.mjs, which also drops workerd's
    // per-file disconnect line): `minimal` lists only failed tests, and the Worker's console output (its PHI-free log
    // lines) is shown for failing tests only. `npx vitest run --reporter=default --silent=false` shows everything.
    // CI also writes a JSON report, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['minimal', ['json', { outputFile: '.vitest-report.json' }]] : ['minimal'],
    silent: 'passed-only',
    projects: [
      {
        // The whole suite inside workerd with real KV and Queues (miniflare).
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: TEST_BINDINGS,
              queueConsumers: {
                'phi-firewall-events': {
                  maxBatchTimeout: 0.05,
                  maxRetries: 3,
                  deadLetterQueue: 'phi-firewall-dead-letters',
                },
                'phi-firewall-dead-letters': { maxBatchTimeout: 0.05 },
              },
            },
          }),
        ],
        // test/delivery runs in its own project: its stub DESTINATIONS must not receive other suites' events.
        // The first request of a file loads the whole Worker (dictionaries included) and its Durable Objects: seconds
        // on a shared 2-core machine, so the harness timeout is generous (no test asserts timing).
        test: {
          name: 'workerd',
          include: ['test/**/*.test.ts'],
          exclude: ['test/delivery/**', 'test/scripts/**', 'test/**/*.node.test.ts', 'test/**/*.browser.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // Delivery end to end with real Queues: publish -> consumer -> stub destinations (fetch spy) -> dead letters.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { ...TEST_BINDINGS, ...DELIVERY_TEST_BINDINGS },
              // A delivery the test's fetch stub no longer covers (a retry after the test ended) must fail here, not
              // reach DNS: the stub destinations' hosts do not exist.
              outboundService: () => new Response('no network in tests', { status: 503 }),
              queueConsumers: {
                'phi-firewall-events': {
                  maxBatchTimeout: 0.05,
                  maxRetries: 3,
                  deadLetterQueue: 'phi-firewall-dead-letters',
                },
                'phi-firewall-dead-letters': { maxBatchTimeout: 0.05 },
              },
            },
          }),
        ],
        // Queue round trips wait up to 8 s (vi.waitFor) on a loaded machine: the test timeout must exceed that.
        test: { name: 'delivery', include: ['test/delivery/**/*.test.ts'], testTimeout: 15_000 },
      },
      {
        // Deploy and inventory tools in Node: `npm run setup` against a stubbed wrangler (no network), the wrangler
        // config checks. Typechecked with the scripts they test (tsconfig.scripts.json), not in tsconfig.json.
        test: { name: 'scripts', environment: 'node', include: ['test/scripts/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // The ops console in headless Chromium (Debian's /usr/bin/chromium via playwright-core) against the Worker as
        // `wrangler deploy` builds it, in workerd with a local CRM stub (test/console). Building and starting take tens
        // of seconds on a shared machine; skipped when Chromium is absent outside CI (scripts/test.mjs says so).
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/**/*.browser.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 240_000,
        },
      },
      {
        // The PHI engine is pure: the same tests (and its property tests) also run in plain Node, with the Node-only
        // tools (`*.node.test.ts`: the scrub CLI).
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/phi/**/*.test.ts', 'test/property/engine.test.ts', 'test/**/*.node.test.ts'],
        },
      },
    ],
  },
})
