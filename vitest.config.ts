import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { TEST_BINDINGS } from './test/bindings.ts'
import { DELIVERY_TEST_BINDINGS } from './test/delivery/bindings.ts'

export default defineConfig({
  test: {
    // CI also writes a JSON report, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.vitest-report.json' }]] : ['default'],
    projects: [
      {
        // The whole suite inside workerd with real KV and Queues (miniflare).
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: TEST_BINDINGS,
              queueConsumers: {
                'phi-firewall-events': { maxBatchTimeout: 0.05, maxRetries: 3, deadLetterQueue: 'phi-firewall-dead-letters' },
                'phi-firewall-dead-letters': { maxBatchTimeout: 0.05 },
              },
            },
          }),
        ],
        // test/delivery runs in its own project: its stub DESTINATIONS must not receive other suites' events.
        test: { name: 'workerd', include: ['test/**/*.test.ts'], exclude: ['test/delivery/**', 'test/scripts/**'] },
      },
      {
        // Delivery end to end with real Queues: publish -> consumer -> stub destinations (fetch spy) -> dead letters.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { ...TEST_BINDINGS, ...DELIVERY_TEST_BINDINGS },
              queueConsumers: {
                'phi-firewall-events': { maxBatchTimeout: 0.05, maxRetries: 3, deadLetterQueue: 'phi-firewall-dead-letters' },
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
        // The PHI engine is pure: the same tests (and its property tests) also run in plain Node.
        test: { name: 'node', environment: 'node', include: ['test/phi/**/*.test.ts', 'test/property/engine.test.ts'] },
      },
    ],
  },
})
