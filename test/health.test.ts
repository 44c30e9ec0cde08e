import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

describe('GET /', () => {
  it('answers a health line with no data', async () => {
    const res = await SELF.fetch('https://phi.example.test/')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('phi-firewall-twilio: ok\n')
  })
})
