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
        test: { name: 'workerd', include: ['test/**/*.test.ts'], exclude: ['test/delivery/**', 'test/**/*.node.test.ts'] },
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
        test: { name: 'delivery', include: ['test/delivery/**/*.test.ts'] },
      },
      {
        // The PHI engine is pure: the same tests (and its property tests) also run in plain Node, with the Node-only
        // tools (`*.node.test.ts`: the scrub CLI).
        test: { name: 'node', environment: 'node', include: ['test/phi/**/*.test.ts', 'test/property/engine.test.ts', 'test/**/*.node.test.ts'] },
      },
    ],
  },
})
