/**
 * `npm run send`: its payloads and signatures are checked against the worker's own verification (exports.default.fetch into
 * the real worker), and its settings against the environment and .dev.vars precedence.
 */
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import {
  buildWebhooks,
  exitCodeOf,
  formatResults,
  parseSendArgs,
  postWebhooks,
  SEND_KINDS,
  signOptions,
  type SendArgs,
} from '../../scripts/lib/send'
import { TEST_BINDINGS } from '../bindings'

const BASE = 'https://phi.example.test'
const TOKEN = TEST_BINDINGS.TWILIO_AUTH_TOKEN as string
const ACCOUNT = 'AC00000000000000000000000000000abc'
const toWorker: typeof fetch = (input, init) => exports.default.fetch(input as string, init)

function args(kind: SendArgs['kind'], extra: Partial<SendArgs> = {}): SendArgs {
  return { kind, url: BASE, json: false, ...extra }
}

function optionsFor(kind: SendArgs['kind'], token = TOKEN, extra: Partial<SendArgs> = {}) {
  const opts = signOptions(args(kind, { account: ACCOUNT, ...extra }), { TWILIO_AUTH_TOKEN: token }, undefined)
  if (!opts.ok) throw new Error(opts.error)
  return opts.value
}

describe('npm run send', () => {
  it.each(SEND_KINDS)('%s: the signed payload passes the worker verification', async (kind) => {
    const hooks = buildWebhooks(kind, 'hi its maria lopez, call me at 415-555-0123', optionsFor(kind))
    const results = await postWebhooks(hooks, BASE, toWorker)
    expect(results.map((r) => r.status)).toEqual(hooks.map(() => 200))
    expect(exitCodeOf(results)).toBe(0)
  })

  it('a wrong Auth Token is refused by the worker (403) and exits 1', async () => {
    const results = await postWebhooks(
      buildWebhooks('sms', 'hello', optionsFor('sms', 'not-the-token')),
      BASE,
      toWorker,
    )
    expect(results.map((r) => [r.status, r.body.trim()])).toEqual([[403, 'Forbidden']])
    expect(exitCodeOf(results)).toBe(1)
    expect(formatResults(results, BASE)).toBe(`SMS (Messaging) → POST ${BASE}/twilio/messaging: HTTP 403 Forbidden`)
  })

  it('puts the text and sender where Twilio does', () => {
    const text = 'my sugar was 310 this am'
    const from = '+12025550147'
    const [sms] = buildWebhooks('sms', text, optionsFor('sms', TOKEN, { from }))
    expect(sms?.sent).toMatchObject({ Body: text, From: from, AccountSid: ACCOUNT })
    const [gather, status] = buildWebhooks('voice', text, optionsFor('voice', TOKEN, { from }))
    expect(gather?.sent).toMatchObject({ SpeechResult: text, Caller: from, CallStatus: 'in-progress' })
    expect(status?.sent).toMatchObject({
      CallStatus: 'completed',
      CallSid: (gather!.sent as Record<string, string>).CallSid,
    })
    const [transcript] = buildWebhooks('transcription', text, optionsFor('transcription'))
    expect(JSON.parse((transcript!.sent as Record<string, string>).TranscriptionData as string)).toMatchObject({
      transcript: text,
    })
    const [chat] = buildWebhooks('chat', text, optionsFor('chat', TOKEN, { from: 'pat@example.org' }))
    expect(chat?.sent).toMatchObject({ EventType: 'onMessageAdded', Body: text, Author: 'pat@example.org' })
    const [events] = buildWebhooks('event-streams', text, optionsFor('event-streams'))
    expect(events?.headers['content-type']).toBe('application/json')
    expect(events?.path).toBe(
      `/twilio/events?bodySHA256=${createHash('sha256')
        .update(events?.body ?? '')
        .digest('hex')}`,
    )
    expect((events!.sent as { data: { body: string } }[])[0]?.data.body).toBe(text)
  })

  it('takes the Auth Token from the environment before .dev.vars, and signs for PUBLIC_BASE_URL when set', () => {
    const devVars =
      'TWILIO_AUTH_TOKEN=from-file\nPUBLIC_BASE_URL=https://phi.clinic.example/\nTWILIO_ACCOUNT_SID=AC11111111111111111111111111111111\n'
    expect(signOptions(args('sms'), {}, devVars)).toEqual({
      ok: true,
      value: {
        authToken: 'from-file',
        baseUrl: 'https://phi.clinic.example',
        accountSid: 'AC11111111111111111111111111111111',
      },
    })
    expect(
      signOptions(args('sms', { publicUrl: 'https://other.example' }), { TWILIO_AUTH_TOKEN: 'from-env' }, devVars),
    ).toMatchObject({
      ok: true,
      value: { authToken: 'from-env', baseUrl: 'https://other.example' },
    })
    expect(signOptions(args('sms'), {}, 'PUBLIC_BASE_URL=\n')).toEqual({
      ok: false,
      error: 'no Auth Token: set TWILIO_AUTH_TOKEN or run npm install to create .dev.vars',
    })
    expect(signOptions(args('sms'), { TWILIO_AUTH_TOKEN: 't' }, 'PUBLIC_BASE_URL=\n')).toMatchObject({
      ok: true,
      value: { baseUrl: BASE },
    })
  })

  it('parses kinds, text and options', () => {
    expect(parseSendArgs(['sms', 'hello', 'there', '--from', '+14155550123'])).toEqual({
      ok: true,
      value: { kind: 'sms', text: 'hello there', url: 'http://127.0.0.1:8787', from: '+14155550123', json: false },
    })
    expect(parseSendArgs(['voice'], { PHI_FIREWALL_URL: 'http://localhost:9000/' })).toMatchObject({
      ok: true,
      value: { url: 'http://localhost:9000' },
    })
    expect(parseSendArgs(['fax'])).toMatchObject({ ok: false })
    expect(parseSendArgs([])).toMatchObject({ ok: false })
    expect(parseSendArgs(['sms', '--from', 'maria'])).toEqual({
      ok: false,
      error: '--from must be a +E.164 phone number (or whatsapp:+E.164)',
    })
    expect(parseSendArgs(['sms', '--url', 'http://x/path?q'])).toMatchObject({ ok: false })
    expect(parseSendArgs(['sms', '--token', 'x'])).toEqual({ ok: false, error: 'unknown option --token' })
    expect(parseSendArgs(['--help'])).toEqual({ ok: true, value: 'help' })
  })

  it('reports an unreachable worker with exit code 3', async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('connection refused')
    }
    const results = await postWebhooks(
      buildWebhooks('voice', undefined, optionsFor('voice')),
      'http://127.0.0.1:1',
      refused,
    )
    expect(results).toEqual([{ label: 'Voice <Gather> speech', path: '/twilio/voice', status: 0, body: '' }])
    expect(exitCodeOf(results)).toBe(3)
    expect(formatResults(results, 'http://127.0.0.1:1')).toContain('no answer (is the worker running? npm start)')
  })
})
