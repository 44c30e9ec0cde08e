import { afterEach, describe, expect, it } from 'vitest'
import { clearMemoryCache, MEMORY_PREFIX } from '../../src/vault/memory'
import { runVaultMaintenance } from '../../src/vault/maintenance'
import { ACCOUNT, BASE, formRequest, run, sid } from '../helpers/twilio'
import { dumpVault, envWith, keyring, testEnv, vaultOf } from './helpers'

type Pairs = [string, string][]

const CLINIC = '+14155550100'
let counter = 0x700

function sms(from: string, body: string, extra: Pairs = []): Request {
  const message = sid('SM', counter++)
  // biome-ignore format: packed list
  const pairs: Pairs = [
    ['MessageSid', message], ['SmsSid', message], ['AccountSid', ACCOUNT], ['From', from], ['To', CLINIC],
    ['Body', body], ['NumMedia', '0'], ['SmsStatus', 'received'], ['ApiVersion', '2010-04-01'], ...extra,
  ]
  return formRequest(`${BASE}/twilio/messaging`, pairs)
}

/** The forwarded Body of one webhook. */
async function forwardedBody(request: Request): Promise<{ body: string; from: string; all: string }> {
  const { res, queue } = await run(request)
  expect(res.status).toBe(200)
  const event = JSON.stringify(queue.sent)
  const body = /"Body":"((?:[^"\\]|\\.)*)"/.exec(event)?.[1]
  const from = /"From":"(tok_[A-Za-z0-9]+)"/.exec(event)?.[1]
  if (body === undefined || from === undefined) throw new Error('no forwarded body')
  return { body, from, all: queue.text() }
}

afterEach(() => clearMemoryCache())

describe('sender memory', () => {
  it('catches a bare later mention of a name given once, after an isolate restart, and forgets it with the party', async () => {
    const patient = '+15551237001'
    // A given name that is an everyday English word (session 24 made the first example, Deja, a listed given name).
    const control = await forwardedBody(sms('+15551237999', 'story here, is my refill ready'))
    // Without memory the engine alone lets this through: the later assertion is memory's doing.
    expect(control.body).toContain('story here')

    const first = await forwardedBody(sms(patient, 'Hi this is Story Boateng, I had bloodwork done last week'))
    expect(first.body).not.toMatch(/\bstory\b|boateng/i)
    const memories = (await dumpVault()).filter((e) => e.name.startsWith(MEMORY_PREFIX))
    expect(memories.length).toBeGreaterThanOrEqual(2)

    clearMemoryCache() // a fresh isolate: the memory is read back from KV
    const later = await forwardedBody(sms(patient, 'story here, is my refill ready'))
    expect(later.body).toMatch(/^\[NAME(?::tok_[A-Za-z0-9]+)?\] here, is my refill ready$/)
    const signoff = await forwardedBody(sms(patient, 'thanks so much - story'))
    expect(signoff.body).toMatch(/^thanks so much - \[NAME(?::tok_[A-Za-z0-9]+)?\]$/)
    // "will" the verb of the same sender stays.
    expect((await forwardedBody(sms(patient, 'I will pick it up at 5'))).body).toBe('I will pick it up at 5')

    // Nothing in plaintext: every key, value and metadata of the namespace, and every queue message.
    const dump = JSON.stringify(await dumpVault())
    expect(dump).not.toMatch(/\bstory\b|boateng/i)
    expect(first.all + later.all + signoff.all).not.toMatch(/\bstory\b|boateng/i)

    // Erasing the party's token forgets its memory (and the conversation it wrote to).
    const erased = await vaultOf().erase(first.from)
    expect(erased.ok).toBe(true)
    expect((await dumpVault()).filter((e) => e.name.startsWith(MEMORY_PREFIX))).toEqual([])
    clearMemoryCache()
    expect((await forwardedBody(sms(patient, 'story here, is my refill ready'))).body).toContain('story here')
  })

  it('remembers CallerName-style metadata names and keeps memory per tenant', async () => {
    const patient = '+15551237002'
    await forwardedBody(sms(patient, 'hello, need to reschedule', [['ProfileName', 'Hope Mensah']]))
    clearMemoryCache()
    expect((await forwardedBody(sms(patient, 'ok thanks, hope'))).body).toMatch(
      /^ok thanks, \[NAME(?::tok_[A-Za-z0-9]+)?\]$/,
    )
    expect((await forwardedBody(sms(patient, 'I hope it works'))).body).toBe('I hope it works')
  })

  it('re-encrypts memories with the token records when the key rotates', async () => {
    const patient = '+15551237003'
    const rotated = envWith({ VAULT_KEYS: keyring('k1', ['k1', 'k2']) })
    const existing = new Set((await dumpVault()).map((e) => e.name))
    await run(sms(patient, 'Hi this is Zainab Okafor'), rotated)
    const ours = (name: string) => name.startsWith(MEMORY_PREFIX) && !existing.has(name)
    const before = (await dumpVault()).filter((e) => ours(e.name))
    expect(before.length).toBeGreaterThan(0)
    expect(before.every((e) => (e.metadata as { kid: string }).kid === 'k1')).toBe(true)
    await runVaultMaintenance(testEnv, { batch: 1000 })
    const after = (await dumpVault()).filter((e) => ours(e.name))
    expect(after.every((e) => (e.metadata as { kid: string }).kid === 'k2')).toBe(true)
    clearMemoryCache()
    expect((await forwardedBody(sms(patient, 'zainab here again'))).body).toMatch(
      /^\[NAME(?::tok_[A-Za-z0-9]+)?\] here again$/,
    )
  })
})
