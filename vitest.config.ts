import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { TEST_BINDINGS } from './test/bindings.ts'

export default defineConfig({
  test: {
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
        test: { name: 'workerd', include: ['test/**/*.test.ts'] },
      },
      {
        // The PHI engine is pure: the same tests also run in plain Node.
        test: { name: 'node', environment: 'node', include: ['test/phi/**/*.test.ts'] },
      },
    ],
  },
})
