/**
 * Attack suite, issue 11 finding "unbounded vault writes": whatever a sender writes, one webhook reads and writes a
 * bounded number of KV entries; a returning patient writes nothing; a sender's and a tenant's mints are budgeted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { ACCOUNT, BASE, formRequest, run, sid } from '../helpers/twilio'
import { countingKv, freshIndexKey } from '../vault/helpers'

const CLINIC = '+14155550100'
let serial = 0x7a000

/** An inbound SMS from `from` with `body`, a MessageSid never used before. */
function sms(from: string, body: string, account = ACCOUNT): [string, string][] {
  const message = sid('SM', serial++)
  // biome-ignore format: packed list
  return [
    ['AccountSid', account], ['MessageSid', message], ['SmsSid', message], ['SmsStatus', 'received'], ['NumMedia', '0'],
    ['From', from], ['To', CLINIC], ['ApiVersion', '2010-04-01'], ['Body', body],
  ]
}

/** 133 distinct ten-digit phone numbers in one 1,600-character SMS. */
function phonesSms(seed: number): string {
  return Array.from({ length: 133 }, (_, i) => `${200 + ((seed + i) % 700)}555${String(1000 + i).slice(-4)}`).join(' ')
}

// Patient memory and the roster (issue 12) share the VAULT namespace: at most one bulk memory read per webhook and one
// roster manifest read per tenant scope (the tenant's and the shared one) per isolate and cache period. The vault's own
// bounds are counted apart from them.
const CONTEXT_KEYS = /^(?:mem:|roster:)/
const MAX_CONTEXT_READS = 3

/** A VAULT binding counting every operation in `counts` and, apart, those on memory and roster keys in `context`. */
function splitCountingKv(counts: Record<string, number>, context: Record<string, number>): KVNamespace {
  return new Proxy(countingKv(counts), {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        const key = Array.isArray(args[0]) ? String(args[0][0]) : String(args[0])
        if (CONTEXT_KEYS.test(key)) context[String(prop)] = (context[String(prop)] ?? 0) + 1
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
}

/** The vault's own KV reads and writes for one webhook, memory and roster apart (and bounded). */
function vaultCounts(counts: Record<string, number>, context: Record<string, number>) {
  const contextReads = context.get ?? 0
  const contextWrites = (context.put ?? 0) + (context.delete ?? 0)
  expect(contextReads).toBeLessThanOrEqual(MAX_CONTEXT_READS)
  // Memory writes the sender's and the conversation's entries at most.
  expect(contextWrites).toBeLessThanOrEqual(2)
  return { reads: (counts.get ?? 0) - contextReads, writes: (counts.put ?? 0) + (counts.delete ?? 0) - contextWrites }
}

/** Every KV operation a webhook made through its own VAULT binding (the vault's apart from memory and roster). */
async function counted(pairs: [string, string][], overrides: Partial<Env> = {}) {
  const counts: Record<string, number> = {}
  const context: Record<string, number> = {}
  const { res, queue } = await run(formRequest(`${BASE}/twilio/messaging`, pairs), {
    VAULT: splitCountingKv(counts, context),
    ...overrides,
  })
  const body = String(
    (queue.sent[0] as { envelope?: { data?: { Body?: unknown } } } | undefined)?.envelope?.data?.Body ?? '',
  )
  return { status: res.status, ...vaultCounts(counts, context), body, queue }
}

beforeEach(() => {
  for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation(() => undefined)
})
afterEach(() => vi.restoreAllMocks())

describe('attack: vault cost per webhook', () => {
  it('an SMS with 133 phone numbers: at most 100 KV reads and 40 writes; the values beyond the bounds are redacted', async () => {
    const env = { VAULT_INDEX_KEY: freshIndexKey() } as Partial<Env>
    const text = phonesSms(1)
    expect(text.length).toBeLessThanOrEqual(1600)
    const first = await counted(sms('+15005550101', text), env)
    expect(first.status).toBe(200)
    // Default bounds: 100 distinct values tokenized, 20 minted (2 writes each) per webhook.
    expect(first.reads).toBeLessThanOrEqual(100)
    expect(first.writes).toBeLessThanOrEqual(40)
    const tokens = first.body.match(/\[PHONE:tok_[A-Za-z0-9]+\]/g) ?? []
    const redacted = first.body.match(/\[PHONE\]/g) ?? []
    expect(tokens.length).toBeLessThanOrEqual(20)
    expect(tokens.length + redacted.length).toBe(133)
    for (const digits of ['5550101', '2015551000']) expect(first.queue.text()).not.toContain(digits)
    // Counted in redactions like every removed value (the 133, plus From and To).
    expect(
      (first.queue.sent[0] as { envelope: { redactions: Record<string, number> } }).envelope.redactions.PHONE,
    ).toBe(135)
  })

  it('the bounds are settings: VAULT_MAX_VALUES_PER_WEBHOOK and VAULT_MAX_MINTS_PER_WEBHOOK', async () => {
    const env = {
      VAULT_INDEX_KEY: freshIndexKey(),
      VAULT_MAX_VALUES_PER_WEBHOOK: '10',
      VAULT_MAX_MINTS_PER_WEBHOOK: '3',
    } as Partial<Env>
    const { status, reads, writes, body } = await counted(sms('+15005550102', phonesSms(2)), env)
    expect(status).toBe(200)
    expect(reads).toBeLessThanOrEqual(10)
    expect(writes).toBeLessThanOrEqual(6)
    expect((body.match(/\[PHONE:tok_/g) ?? []).length).toBeLessThanOrEqual(3)
  })

  it('a returning patient writes nothing: the same sender and values again cost no KV write', async () => {
    const env = { VAULT_INDEX_KEY: freshIndexKey(), VAULT_INDEX_CACHE_SECONDS: '0' } as Partial<Env>
    const from = '+15005550103'
    const first = await counted(sms(from, 'call me at 415 555 0177 please'), env)
    // From, To and the number in the text: three first sightings, two writes each.
    expect(first.writes).toBe(6)
    const again = await counted(sms(from, 'call me at 415 555 0177 please'), env)
    expect(again.status).toBe(200)
    expect(again.writes).toBe(0)
    expect(again.reads).toBe(3)
  })

  it('a sender that keeps sending new numbers runs out of its hourly mint budget; another sender still mints', async () => {
    const env = { VAULT_INDEX_KEY: freshIndexKey(), VAULT_MINTS_PER_SENDER_PER_HOUR: '5' } as Partial<Env>
    const attacker = `+1500555${String(1000 + (Date.now() % 9000)).slice(-4)}`
    const minted: number[] = []
    for (let i = 0; i < 3; i++) {
      const { status, writes } = await counted(
        sms(attacker, `numbers ${3105550100 + i * 3} ${3105550101 + i * 3}`),
        env,
      )
      expect(status).toBe(200)
      minted.push(writes / 2)
    }
    // The first message mints the sender, the clinic's number and two numbers (4), the second one more, the third none.
    expect(minted).toEqual([4, 1, 0])
    const other = await counted(sms('+15005550199', 'my number is 310 555 0199'), env)
    expect(other.writes).toBe(4)
  })

  it('a tenant budget of zero mints nothing: new values are redacted, the webhook is still forwarded', async () => {
    const env = { VAULT_INDEX_KEY: freshIndexKey(), VAULT_MINTS_PER_TENANT_PER_HOUR: '0' } as Partial<Env>
    const { status, writes, queue } = await counted(sms('+15005550104', 'call 415 555 0166'), env)
    expect(status).toBe(200)
    expect(writes).toBe(0)
    const data = (queue.sent[0] as { envelope: { data: Record<string, unknown> } }).envelope.data
    expect(data.From).toBe('[PHONE]')
    expect(data.Body).toBe('call [PHONE]')
  })

  it('a 20 KB Conversations message full of names and numbers stays within the same bounds', async () => {
    const words = Array.from({ length: 1500 }, (_, i) =>
      i % 3 === 0 ? `${2000000000 + i * 7919}` : `Name${String.fromCharCode(65 + (i % 26))}${i}`,
    )
    const body = words.join(' ').slice(0, 20_000)
    const counts: Record<string, number> = {}
    const context: Record<string, number> = {}
    // biome-ignore format: packed list
    const pairs: [string, string][] = [
      ['AccountSid', ACCOUNT], ['EventType', 'onMessageAdded'], ['Source', 'SDK'], ['ConversationSid', sid('CH', serial++)],
      ['MessageSid', sid('IM', serial++)], ['Author', 'attacker@example.org'], ['ParticipantSid', sid('MB', serial++)], ['Body', body],
    ]
    const { res } = await run(formRequest(`${BASE}/twilio/conversations`, pairs), {
      VAULT: splitCountingKv(counts, context),
      VAULT_INDEX_KEY: freshIndexKey(),
    } as Partial<Env>)
    expect(res.status).toBe(200)
    const { reads, writes } = vaultCounts(counts, context)
    expect(reads).toBeLessThanOrEqual(100)
    expect(writes).toBeLessThanOrEqual(40)
  })
})
