/**
 * The ops console end to end in a real browser: Debian's Chromium (/usr/bin/chromium) driven by playwright-core, against
 * the Worker built as `wrangler deploy` builds it, running in workerd (Miniflare) with wrangler.toml's bindings, the dev
 * secrets of .dev.vars.example and a local CRM stub that fails until told otherwise. Runs under `npm test` (project
 * `browser`); skipped with a message when Chromium is absent outside CI, a failure in CI (`CI=true`).
 *
 * Screenshots go to a temporary directory; `UPDATE_SCREENSHOTS=1 npx vitest run --project browser` writes them to
 * docs/console/ instead (the committed ones).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorker, ROOT, startPipeline, type BuiltWorker, type RunningWorker } from '../../scripts/bench-workers'
import { buildWebhooks, postWebhooks } from '../../scripts/lib/send'

const CHROMIUM = '/usr/bin/chromium'
const HAVE_CHROMIUM = existsSync(CHROMIUM)
const IN_CI = process.env.CI === 'true' || process.env.CI === '1'
const SHOTS = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'docs', 'console') : join(tmpdir(), 'phi-console-screenshots')

// Synthetic patient data (fictional 555 numbers).
const PHONE = '+14155550123'
const SMS = 'Hi this is Maria Lopez, DOB 03/14/1962, my sugar was 310 this morning. Call me at 415-555-0188'
const PLAYGROUND = 'Hi this is Maria Lopez, DOB 03/14/1962, call me at 415-555-0123 about my insulin'
const PLAYGROUND_OUT = 'Hi this is [NAME], DOB [DATE:1962], call me at [PHONE] about my insulin'
const PHI = ['Maria', 'Lopez', '555-0188', '555-0123', '5550123', '03/14/1962']
// How long any one step may take on a loaded shared machine (no timing is asserted).
const WAIT_MS = 60_000
const WEBHOOK_SECRET = 'whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8='

/** The dev secrets every developer has (.dev.vars.example, uncommented lines). */
function devSecrets(): Record<string, string> {
  const text = readFileSync(join(ROOT, '.dev.vars.example'), 'utf8')
  return Object.fromEntries(
    [...text.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1] as string, m[2] as string]),
  )
}

/** A CRM that answers 503 until `accept` is set, recording what reached it. */
interface Crm {
  url: string
  accept: boolean
  received: { status: number; body: string }[]
  close(): Promise<void>
}

async function startCrm(): Promise<Crm> {
  const crm = { accept: false, received: [] as { status: number; body: string }[] }
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const status = crm.accept ? 200 : 503
    crm.received.push({ status, body: Buffer.concat(chunks).toString('utf8') })
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(status === 200 ? '{"ok":true}' : '{"error":"down"}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('CRM stub has no port')
  return Object.assign(crm, {
    url: `http://127.0.0.1:${address.port}/hooks`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  })
}

/** Polls until `check` answers true (clicking `refresh` between tries), or fails after `ms`. */
async function until(page: Page, check: () => Promise<boolean>, refresh?: string, ms = WAIT_MS): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    if (refresh) await page.click(refresh)
    await page.waitForTimeout(400)
  }
}

describe.runIf(!HAVE_CHROMIUM && IN_CI)('ops console in CI', () => {
  it('has Chromium (.ci/run installs it)', () => {
    expect.fail(`${CHROMIUM} is missing: the browser test cannot run in CI (apt-get install -y chromium)`)
  })
})

describe.skipIf(!HAVE_CHROMIUM)(
  `ops console in headless Chromium${HAVE_CHROMIUM ? '' : ' (skipped: /usr/bin/chromium not installed; apt-get install -y chromium)'}`,
  () => {
    let build: BuiltWorker
    let worker: RunningWorker
    let crm: Crm
    let browser: Browser
    let context: BrowserContext
    let page: Page
    let origin: string
    const requested: string[] = []
    const browserErrors: string[] = []
    const secrets = devSecrets()
    const key = 'dev-admin-key-all-scopes-000000000'

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true })
      crm = await startCrm()
      build = buildWorker()
      const destinations = [{ name: 'crm', url: crm.url, secret: WEBHOOK_SECRET, baa: true }]
      worker = await startPipeline(build, {
        bindings: {
          ...secrets,
          DESTINATIONS: JSON.stringify(destinations),
          DELIVERY_RETRY_SCHEDULE: '0',
          DELIVERY_TIMEOUT_SECONDS: '5',
        },
      })
      origin = worker.url.origin
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      })
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      page = await context.newPage()
      page.setDefaultTimeout(WAIT_MS)
      page.on('request', (request) => requested.push(request.url()))
      // Chromium logs every 4xx answer (the refused key, a 404 for metrics) as "Failed to load resource": expected here.
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) browserErrors.push(msg.text())
      })
      page.on('pageerror', (error) => browserErrors.push(error.name))
    }, 240_000)

    afterAll(async () => {
      await browser?.close()
      await worker?.dispose()
      build?.dispose()
      await crm?.close()
    })

    it('signs in with the key, shows readiness, config and counts, replays a dead letter, scrubs, reveals and audits', async () => {
      await page.goto(`${origin}/console`)
      expect(page.url()).toBe(`${origin}/console/`)
      await page.fill('#key', 'not-a-key')
      await page.click('#sign-in button[type=submit]')
      await page.waitForSelector('#sign-in-status:has-text("Unknown or expired key")')
      await page.screenshot({ path: join(SHOTS, 'sign-in.png') })

      await page.fill('#key', key)
      await page.click('#sign-in button[type=submit]')
      await page.waitForSelector('#console:not([hidden])')
      expect(await page.inputValue('#key')).toBe('')
      await page.waitForSelector('#ready:has-text("Ready")')
      await page.waitForSelector('#config table >> text=crm')

      // A signed webhook from "the patient", as Twilio would send it; the CRM is down, so it ends as a dead letter.
      const hooks = buildWebhooks('sms', SMS, {
        baseUrl: origin,
        authToken: secrets.TWILIO_AUTH_TOKEN as string,
        accountSid: secrets.TWILIO_ACCOUNT_SID as string,
        from: PHONE,
      })
      const [sent] = await postWebhooks(hooks, origin)
      expect(sent?.status).toBe(200)
      await until(
        page,
        async () => (await page.locator('#dead-letters table tbody tr').count()) === 1,
        '#dead-letters-refresh',
      )
      expect(crm.received.length).toBeGreaterThanOrEqual(2)
      expect(crm.received.every((r) => r.status === 503)).toBe(true)
      await expect
        .poll(() => page.locator('#dead-letters').innerText(), { timeout: WAIT_MS })
        .toContain('message.received')

      // Live counts: the metrics of another branch, or the note when this worker has none.
      // Counters are written after the webhook answers (waitUntil): refresh until the webhook's count has landed.
      await page.click('#metrics-refresh')
      await until(
        page,
        async () => /Metrics not available|\/twilio\/messaging 200/.test(await page.locator('#metrics').innerText()),
        '#metrics-refresh',
      )
      const metrics = await page.locator('#metrics').innerText()
      if (!metrics.includes('Metrics not available')) expect(metrics).toMatch(/\/twilio\/messaging 200/)
      await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true })

      // The CRM is back: the replay delivers the same event, de-identified.
      crm.accept = true
      await page.click('#dead-letters button.replay')
      await page.waitForSelector('#dead-letters :text("Replayed")')
      await until(page, async () => crm.received.some((r) => r.status === 200))
      const delivered = crm.received.find((r) => r.status === 200)?.body ?? ''
      for (const value of PHI) expect(delivered).not.toContain(value)
      const envelope = JSON.parse(delivered) as { tokens: Record<string, string>; data: Record<string, unknown> }
      // `data` keeps Twilio's field names, the sender's number as a token; `tokens` gives each tokenized field's type.
      expect(envelope.tokens.From).toBe('PHONE')
      const senderToken = envelope.data.From as string
      expect(senderToken).toMatch(/^tok_[A-Za-z0-9]{16,}$/)
      await page.screenshot({ path: join(SHOTS, 'dead-letters.png'), fullPage: true })

      // Scrub playground: what the CRM would receive for a pasted text.
      await page.fill('#scrub-text', PLAYGROUND)
      await page.selectOption('#scrub-form select[name=channel]', 'sms')
      await page.selectOption('#scrub-destination', 'crm')
      await page.click('#scrub-form button[type=submit]')
      await expect.poll(() => page.locator('#scrub-output').innerText(), { timeout: WAIT_MS }).toBe(PLAYGROUND_OUT)
      expect(await page.locator('#scrub-findings tbody tr').allInnerTexts()).toEqual([
        'NAME\ttokenize\t11\t22',
        'DATE\tgeneralize\t28\t38',
        'PHONE\ttokenize\t51\t63',
      ])
      await page.locator('#scrub-panel').screenshot({ path: join(SHOTS, 'scrub.png') })

      // Reveal the sender's token with a purpose: on screen only, then the audit trail shows the reveal (no value).
      await page.fill('#reveal-form input[name=token]', senderToken)
      await page.fill('#reveal-form input[name=purpose]', 'callback')
      await page.click('#reveal-form button[type=submit]')
      await page.waitForSelector('#reveal-output .revealed')
      const revealed = await page.locator('#reveal-output .revealed').innerText()
      expect(revealed).toBe(PHONE)
      await page.fill('#audit-filter input[name=action]', 'audit.detokenize')
      await page.click('#audit-filter button[type=submit]')
      const auditRow = page.locator('#audit table tbody tr', { hasText: senderToken })
      await auditRow.first().waitFor()
      expect(await auditRow.first().innerText()).toMatch(/audit\.detokenize\s+dev-admin\s+callback\s+allowed/)
      expect(await page.locator('#audit').innerText()).not.toContain(revealed)
      await page.screenshot({ path: join(SHOTS, 'audit-and-reveal.png'), fullPage: true })

      // No PHI and no key in the address bar, any request URL, browser storage or cookies.
      const url = page.url()
      expect(url).toBe(`${origin}/console/`)
      for (const requestUrl of requested) {
        expect(requestUrl.startsWith(origin)).toBe(true)
        for (const value of [...PHI, revealed, key]) expect(requestUrl).not.toContain(value)
      }
      // Evaluated in the page (a string: this file is typechecked without the DOM library).
      const storage = await page.evaluate(`(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
    }))()`)
      expect(storage).toEqual({ local: 0, session: 0, cookie: '', databases: 0 })
      expect(await context.cookies()).toEqual([])
      expect(await page.content()).not.toContain(key)

      // Sign-out forgets the key and clears the revealed value and the playground.
      await page.click('#sign-out')
      await page.waitForSelector('#sign-in-panel:not([hidden])')
      const after = await page.content()
      for (const value of [revealed, key, 'Maria', PLAYGROUND_OUT]) expect(after).not.toContain(value)
      expect(await page.locator('#scrub-text').inputValue()).toBe('')
      // The page kept to its CSP: no violation, no script error.
      expect(browserErrors).toEqual([])
    }, 300_000)
  },
)
