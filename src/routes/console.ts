/**
 * `/console`: the ops console, a static page (public/console, Workers Static Assets) that calls the admin API with a
 * key held only in the page's memory (docs/console.md). Every asset goes through the Worker (`run_worker_first`), so
 * each answer carries a strict Content-Security-Policy (no inline script, no third party, no framing), `no-store` and
 * no referrer. The page holds no data of its own: everything it shows comes from /ready and /v1 with the key.
 */
import { Hono, type Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env'

/** Routes of `/console` (mounted at the root: `/console` itself redirects to `/console/`). */
export const consoleRoutes = new Hono<AppEnv>()

/** The page's Content-Security-Policy: its own scripts, styles and calls only. */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONSOLE_CSP,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), clipboard-read=()',
}

/** Sets the console's security headers on every answer under /console, errors and redirects included. */
const consoleHeaders = createMiddleware<AppEnv>(async function consoleHeaders(c, next) {
  await next()
  c.res = new Response(c.res.body, c.res)
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value)
})

consoleRoutes.use('/console', consoleHeaders)
consoleRoutes.use('/console/*', consoleHeaders)

// Relative URLs in the page (console.js, console.css) resolve under /console/ only with the trailing slash.
consoleRoutes.get('/console', (c) => c.redirect('/console/', 308))
consoleRoutes.get('/console/', (c) => serveAsset(c, '/console/'))
const ASSET_FILE = '/console/:file{[a-z0-9-]+\\.(?:js|css|png|svg)}'
consoleRoutes.get(ASSET_FILE, (c) => serveAsset(c, `/console/${c.req.param('file')}`))
consoleRoutes.all('/console/*', (c) => c.text('Not Found\n', 404))

/** One static file from the ASSETS binding, without the caller's headers (no conditional or range requests). */
async function serveAsset(c: Context<AppEnv>, path: string): Promise<Response> {
  const asset = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url)))
  if (asset.status !== 200) {
    await asset.body?.cancel()
    return c.text('Not Found\n', 404)
  }
  const type = asset.headers.get('Content-Type') ?? 'application/octet-stream'
  return new Response(asset.body, { status: 200, headers: { 'Content-Type': type } })
}
