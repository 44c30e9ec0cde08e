import { expect, it } from 'vitest'

// A queue retry can run after its test restored fetch; the stub hosts do not exist, so such a delivery must fail in
// the harness (vitest.config.ts outboundService) instead of asking DNS (workerd printed "DNS lookup failed" in npm test).
it('answers a fetch no stub covers with 503 without leaving the machine', async () => {
  const response = await fetch('https://audit.example.test/hooks', { method: 'POST', body: '{}' })
  expect(response.status).toBe(503)
  expect(await response.text()).toBe('no network in tests')
})
