import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { CONSOLE_CSP } from '../../src/routes/console'

const BASE = 'https://phi.example.test'
const get = (path: string, init?: RequestInit) => exports.default.fetch(`${BASE}${path}`, init)

function expectSecurityHeaders(res: Response) {
  expect(res.headers.get('Content-Security-Policy')).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; " +
      "form-action 'none'; frame-ancestors 'none'",
  )
  expect(res.headers.get('Cache-Control')).toBe('no-store')
  expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
  expect(res.headers.get('X-Frame-Options')).toBe('DENY')
}

describe('GET /console', () => {
  it('redirects /console to /console/ with the security headers', async () => {
    const res = await get('/console', { redirect: 'manual' })
    expect(res.status).toBe(308)
    expect(res.headers.get('Location')).toBe('/console/')
    expectSecurityHeaders(res)
  })

  it('serves the page with a strict CSP, no-store and no referrer; its only script and style are its own files', async () => {
    const res = await get('/console/')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expectSecurityHeaders(res)
    expect(res.headers.get('Content-Security-Policy')).toBe(CONSOLE_CSP)
    const html = await res.text()
    expect(html).toContain('<script type="module" src="console.js"></script>')
    // No inline script or style, no third-party origin, nothing fetched from elsewhere.
    expect(html.match(/<script[^>]*>[^<]+<\/script>/g)).toBeNull()
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=|https?:\/\//)
  })

  it('serves console.js and console.css with their types and the same headers', async () => {
    for (const [file, type] of [
      ['console.js', /javascript/],
      ['console.css', /^text\/css/],
    ] as const) {
      const res = await get(`/console/${file}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toMatch(type)
      expectSecurityHeaders(res)
      const text = await res.text()
      // The key is never written to browser storage, cookies or a URL.
      expect(text).not.toMatch(/localStorage|sessionStorage|document\.cookie|indexedDB|https?:\/\//)
    }
  })

  it('answers 404 for anything else under /console, and the webhook and admin routes are unchanged', async () => {
    for (const path of ['/console/nope.js', '/console/../wrangler.toml', '/console/index.html/x', '/console.js']) {
      const res = await get(path)
      expect(res.status).toBe(404)
    }
    expect(await (await get('/')).text()).toBe('phi-firewall-twilio: ok\n')
    expect((await get('/v1/dataflow')).status).toBe(401)
  })
})
