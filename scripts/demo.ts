/**
 * `npm run demo`: the product in one minute, offline. Builds the Worker as `wrangler deploy` would, runs it
 * locally in workerd with the dev secrets (.dev.vars) and a stub CRM on 127.0.0.1, sends a handful of
 * realistic signed Twilio webhooks (SMS, voice speech, real-time transcript, chat, Event Streams), and prints
 * side by side what Twilio sent and what the CRM received. Then reveals one token the way authorised staff
 * would (audited) and shuts everything down.
 *
 *   npm run demo                 colour when the terminal supports it
 *   npm run demo -- --width 200  wider columns
 *   npm run demo -- --full       every field on its own row, unchanged ones included
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  conversationMessage,
  eventStreamsBatch,
  inboundSms,
  transcriptionContent,
  voiceGather,
  type SignedWebhook,
  type SignOptions,
} from '../bench/fixtures.ts'
import { devVarsValue } from './lib/dev-vars.ts'
import { buildWorker, ROOT, startPipeline, startStubCrm, type ReceivedEvent } from './bench-workers.ts'
// @ts-expect-error plain .mjs helper without types
import { ensureDevVars } from './dev-vars.mjs'

const args = process.argv.slice(2)
/** `--full`: also list the fields that passed unchanged, one per row. */
const FULL = args.includes('--full')
const widthArg = args.indexOf('--width')
const WIDTH = Math.max(100, Number(widthArg >= 0 ? args[widthArg + 1] : process.stdout.columns || 160))
const COLOR = process.stdout.isTTY && !process.env.NO_COLOR
const paint =
  (code: string) =>
  (s: string): string =>
    COLOR ? `\x1b[${code}m${s}\x1b[0m` : s
const bold = paint('1')
const dim = paint('2')
const red = paint('31')
const green = paint('32')
const cyan = paint('36')

/** Dev-only values from .dev.vars (created from .dev.vars.example by `npm install`). */
function devVar(name: string, fallback: string): string {
  try {
    return devVarsValue(readFileSync(join(ROOT, '.dev.vars'), 'utf8'), name) ?? fallback
  } catch {
    return fallback
  }
}

/** Flattens JSON into `path: value` pairs; JSON inside strings (Attributes, TranscriptionData) is opened too. */
function flatten(value: unknown, prefix = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string' && /^[[{]/.test(value.trim())) {
    try {
      return flatten(JSON.parse(value), prefix, out)
    } catch {
      // not JSON after all
    }
  }
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
    if (entries.length === 0) out.push([prefix, Array.isArray(value) ? '[]' : '{}'])
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out)
    return out
  }
  out.push([prefix, String(value)])
  return out
}

/** Wraps `text` to `width` columns (hard-breaking long words). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/(\s+)/)) {
    if ((line + word).length <= width) {
      line += word
      continue
    }
    if (line.trim()) lines.push(line.trimEnd())
    line = word.trimStart()
    while (line.length > width) {
      lines.push(line.slice(0, width))
      line = line.slice(width)
    }
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd())
  return lines
}

const visible = (s: string): number => s.replace(/\x1b\[[0-9;]*m/g, '').length

/** Marks what the firewall put in place of PHI so it stands out. */
function highlight(value: string): string {
  return value.replace(/tok_[A-Za-z0-9]+|\[[A-Z_]+(?::[^\]]*)?\]|\[\[[^\]]+\]\]/g, (m) => green(m))
}

function sideBySide(left: [string, string][], right: [string, string][]): string {
  const col = Math.floor((WIDTH - 3) / 2)
  const rightByKey = new Map(right)
  const used = new Set<string>()
  const rows: [string, string][] = []
  const unchanged: string[] = []
  for (const [key, value] of left) {
    // Received fields keep the original Twilio names; nested JSON arrives under dotted paths.
    const bare = key.replace(/^\d+\./, '')
    const tests: ((k: string) => boolean)[] = [
      (k) => k === `data.${bare}` || k === `twilio.${bare}`,
      (k) => k === bare,
      (k) => k.endsWith(`.${bare}`),
      (k) => k.startsWith(`data.${bare}.`) || k.startsWith(`${bare}.`),
    ]
    let match: [string, string] | undefined
    for (const test of tests) {
      match = right.find(([k]) => !used.has(k) && test(k))
      if (match) break
    }
    if (match) {
      used.add(match[0])
      if (!FULL && match[1] === value) unchanged.push(key)
      else rows.push([`${key}: ${value}`, `${match[0]}: ${highlight(match[1])}`])
    } else {
      rows.push([`${key}: ${value}`, dim('(not forwarded)')])
    }
  }
  const extra = right.filter(([key]) => !used.has(key) && rightByKey.has(key))
  if (FULL) for (const [key, value] of extra) rows.push(['', `${key}: ${highlight(value)}`])
  else {
    // Envelope fields the CRM gets besides the Twilio ones; token types and redaction counts on one line each.
    for (const [key, value] of extra) {
      if (!/^(tokens|redactions)\./.test(key) && value !== '{}') rows.push(['', `${key}: ${highlight(value)}`])
    }
    for (const group of ['tokens', 'redactions']) {
      const items = extra
        .filter(([k]) => k.startsWith(`${group}.`))
        .map(([k, v]) => `${k.slice(group.length + 1)} ${v}`)
      if (items.length) rows.push(['', `${group}: ${items.join(', ')}`])
    }
  }
  const lines: string[] = []
  for (const [l, r] of rows) {
    const ls = l ? wrap(l, col) : ['']
    const rs = wrap(r, col + (r.length - visible(r)))
    for (let i = 0; i < Math.max(ls.length, rs.length); i++) {
      const a = ls[i] ?? ''
      const b = rs[i] ?? ''
      lines.push(`${a}${' '.repeat(Math.max(0, col - visible(a)))} ${dim('│')} ${b}`)
    }
  }
  if (unchanged.length) {
    for (const line of wrap(`passed unchanged (safe metadata and SIDs): ${unchanged.join(', ')}`, WIDTH))
      lines.push(dim(line))
  }
  return lines.join('\n')
}

/** The received events that belong to a sent webhook: they carry its SIDs unchanged. */
function eventsFor(hook: SignedWebhook, received: ReceivedEvent[]): ReceivedEvent[] {
  const sids = flatten(hook.sent)
    .map(([, v]) => v)
    .filter((v) => /^(SM|MM|CA|GT|IM|CH|EZ)[0-9a-f]{32}$/.test(v))
  return received.filter((e) => sids.some((sid) => e.body.includes(sid)))
}

/** Raw phone numbers and e-mail addresses of the request that reached the CRM (should be none). */
function rawIdentifiersIn(hook: SignedWebhook, events: ReceivedEvent[]): string[] {
  const values = flatten(hook.sent).map(([, v]) => v)
  const found = new Set<string>()
  for (const v of values) {
    const phones = (v.match(/(?<![\w+])\+?\d[\d ().-]{8,}\d(?!\w)/g) ?? []).filter(
      (m) => m.replace(/\D/g, '').length >= 10 && !/^\d{4}-\d\d-\d\d/.test(m),
    )
    for (const m of [...phones, ...(v.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? [])]) {
      if (events.some((e) => e.body.includes(m))) found.add(m)
    }
  }
  return [...found]
}

async function main(): Promise<void> {
  ensureDevVars()
  const sign: SignOptions = {
    baseUrl: 'https://phi-demo.example.org',
    authToken: devVar('TWILIO_AUTH_TOKEN', 'dev-twilio-auth-token-0000000000'),
    accountSid: devVar('TWILIO_ACCOUNT_SID', 'AC00000000000000000000000000000000'),
  }
  console.log(
    bold('PHI firewall for Twilio: local demo') +
      dim(' (workerd via Miniflare, local KV and Queues, nothing leaves 127.0.0.1)'),
  )
  console.log(dim('building the Worker (wrangler deploy --dry-run)…'))
  const build = buildWorker()
  const crm = await startStubCrm(true)
  const worker = await startPipeline(build, {
    bindings: {
      PUBLIC_BASE_URL: sign.baseUrl,
      TWILIO_AUTH_TOKEN: sign.authToken,
      DESTINATIONS: JSON.stringify([{ name: 'demo-crm', url: crm.url, secret: crm.secret, baa: true }]),
    },
    keepLogs: true,
  })
  try {
    console.log(dim(`worker on ${worker.url.href}, stub CRM on ${crm.url}\n`))
    const hooks = [
      inboundSms(
        sign,
        'hi its maria lopez dob 03/14/1962, sugar was 310 this am and i took 10u of lantus. ' +
          'pls call me back at 415-555-0123, my son jake can drive me in',
      ),
      voiceGather(sign),
      transcriptionContent(
        sign,
        'hi yes this is patricia gomez calling about my husband luis gomez he needs a refill of his insulin. his date of birth is june sixth ' +
          'nineteen fifty two and the best callback number is three one zero five five five zero one four two. we use the walgreens on ' +
          'pacific coast highway in long beach zip nine zero eight zero four.',
      ),
      conversationMessage(
        sign,
        "Hi, I'm Olivia Bennett and I'm writing about my son Noah (DOB 01/15/2019). He has had a fever of 101.8 since Tuesday. " +
          'Our address changed to 2201 Sunset Blvd Apt 12, Los Angeles, CA 90026. My email is olivia.bennett82@example.com.',
      ),
      eventStreamsBatch(sign),
    ]
    const statuses: number[] = []
    for (const hook of hooks) {
      const res = await fetch(new URL(hook.path, worker.url), {
        method: 'POST',
        headers: hook.headers,
        body: hook.body,
      })
      await res.arrayBuffer()
      statuses.push(res.status)
    }
    await crm.waitFor(hooks.length, 10_000)
    // A moment for any second event of a webhook.
    await new Promise((r) => setTimeout(r, 500))

    const col = Math.floor((WIDTH - 3) / 2)
    let leaks = 0
    let firstToken: string | undefined
    for (const [i, hook] of hooks.entries()) {
      const status = statuses[i] ?? 0
      const events = eventsFor(hook, crm.received)
      const title = `${i + 1}/${hooks.length}  ${hook.label}  →  POST ${hook.path.split('?')[0]}  →  HTTP ${status}`
      console.log(bold(cyan(`━━ ${title} ${'━'.repeat(Math.max(0, WIDTH - title.length - 4))}`)))
      const signed = events.length > 0 && events.every((e) => e.signatureValid)
      const plural = events.length > 1 ? 's' : ''
      const rightTitle =
        events.length === 0
          ? red('nothing reached the CRM')
          : `what the CRM received (${events.length} event${plural}, Standard Webhooks signature ${signed ? green('valid') : red('INVALID')})`
      console.log(`${bold('what Twilio sent')}${' '.repeat(col - 16)} ${dim('│')} ${bold(rightTitle)}`)
      const left = flatten(hook.sent)
      const right = events.flatMap((e) => {
        try {
          return flatten(JSON.parse(e.body))
        } catch {
          return [['(body)', e.body] as [string, string]]
        }
      })
      console.log(sideBySide(left, right))
      const raw = rawIdentifiersIn(hook, events)
      leaks += raw.length
      if (raw.length) console.log(red(`!! raw identifiers reached the CRM: ${raw.join(', ')}`))
      firstToken ??= right.map(([, v]) => /\[NAME:(tok_[A-Za-z0-9]{16,})\]/.exec(v)?.[1]).find((t) => t !== undefined)
      console.log('')
    }

    const delivered = crm.received.length
    console.log(
      bold('summary: ') +
        `${hooks.length} signed webhooks in, ${delivered} events out, ` +
        `${crm.received.filter((e) => e.signatureValid).length} with a valid signature, ` +
        (leaks === 0
          ? green('no raw phone number or e-mail of the requests reached the CRM')
          : red(`${leaks} raw identifiers reached the CRM`)),
    )

    const forged = inboundSms(sign)
    forged.headers['x-twilio-signature'] =
      'A' + (forged.headers['x-twilio-signature'] ?? '').slice(1).replace(/^A/, 'B')
    const before = crm.received.length
    const refused = await fetch(new URL(forged.path, worker.url), {
      method: 'POST',
      headers: forged.headers,
      body: forged.body,
    })
    await refused.arrayBuffer()
    await new Promise((r) => setTimeout(r, 1500))
    console.log(bold('forged signature: ') + `HTTP ${refused.status}, ${crm.received.length - before} events forwarded`)

    if (firstToken) {
      const reveal = await fetch(new URL('/v1/detokenize', worker.url), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${devVar('DEMO_ADMIN_KEY', 'dev-admin-key-all-scopes-000000000')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ tokens: [firstToken], purpose: 'ticket:DEMO-1' }),
      })
      const text = await reveal.text()
      console.log(
        bold('staff reveal (POST /v1/detokenize, audited): ') +
          `${firstToken} → HTTP ${reveal.status} ${text.trim().slice(0, 200)}`,
      )
    }

    const logs = worker.logs.filter((l) => l.startsWith('{'))
    const webhookLogs = logs.filter((l) => l.includes('"event":"webhook"'))
    console.log(
      bold(`\nthe Worker's own log lines (${logs.length}, PHI-free by construction), first three webhook lines:`),
    )
    for (const line of webhookLogs.slice(0, 3)) console.log(dim(`  ${line.slice(0, WIDTH - 2)}`))
  } finally {
    await worker.dispose()
    await crm.close()
    build.dispose()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
