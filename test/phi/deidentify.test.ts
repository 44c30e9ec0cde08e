import { describe, expect, it } from 'vitest'
import { deidentify } from '../../src/phi/deidentify'
import { DEFAULT_POLICY, policyFromOverrides } from '../../src/phi/policy'
import type { NormalizedEvent } from '../../src/model/normalized'
import type { Tokenizer, TokenRequest } from '../../src/phi/types'
import { parsePolicyConfig } from '../../src/config/policy'
import type { Env } from '../../src/env'

/** Test vault: remembers every batch, same (type, canonical|value) → same token. */
function fakeTokenizer(): Tokenizer & { calls: TokenRequest[][] } {
  const seen = new Map<string, string>()
  const calls: TokenRequest[][] = []
  return {
    calls,
    async tokenize(requests) {
      calls.push([...requests])
      return requests.map((r) => {
        const key = `${r.type}|${r.canonical ?? r.value}`
        if (!seen.has(key)) seen.set(key, `tok_${String(seen.size).padStart(4, '0')}ABCDEFGHIJKLMNOP`)
        return seen.get(key)!
      })
    },
  }
}

function event(overrides: Partial<NormalizedEvent> = {}): NormalizedEvent {
  // biome-ignore format: packed list
  return {
    product: 'messaging', kind: 'message.received', channel: 'sms', resourceSid: 'SM' + 'a'.repeat(32), discriminator: 'received',
    sids: { AccountSid: 'AC' + 'b'.repeat(32), MessageSid: 'SM' + 'a'.repeat(32) }, occurredAt: '2026-01-02T03:04:05.000Z',
    parties: [], names: [], text: [], media: [], location: [], attributes: [], safe: {}, unknown: [], ...overrides,
  }
}

describe('deidentify', () => {
  it('keeps a token for every value of a repeated party field (Group MMS bindings), in order', async () => {
    const clean = await deidentify(
      event({
        parties: [
          { name: 'MessagingBinding.Address', value: '+15551230000' },
          { name: 'MessagingBinding.Address', value: '+15551230001' },
          { name: 'MessagingBinding.Address', value: '+15551230002' },
        ],
      }),
      DEFAULT_POLICY,
      fakeTokenizer(),
    )
    const tokens = clean.data['MessagingBinding.Address']
    expect(Array.isArray(tokens)).toBe(true)
    expect(tokens).toHaveLength(3)
    for (const t of tokens as string[]) expect(t).toMatch(/^tok_[A-Za-z0-9]{16,}$/)
    expect(new Set(tokens as string[]).size).toBe(3)
    expect(clean.fields['MessagingBinding.Address']).toBe('token')
    expect(clean.tokens['MessagingBinding.Address']).toBe('PHONE')
    expect(clean.redactions.PHONE).toBe(3)
    expect(JSON.stringify(clean)).not.toMatch(/555123000\d/)
  })

  it('tokenizes parties and names, scrubs text, keeps safe metadata and SIDs, in one vault call', async () => {
    const vault = fakeTokenizer()
    const clean = await deidentify(
      event({
        parties: [
          { name: 'From', value: '+14155550178' },
          { name: 'To', value: '+18005550100' },
        ],
        names: [{ name: 'ProfileName', value: 'Zyxwv Qrstu' }],
        text: [{ name: 'Body', value: 'hi its zyxwv, call me at 415-555-0178, DOB 04/22/1961' }],
        safe: { SmsStatus: 'received', NumMedia: '0', ApiVersion: '2010-04-01' },
      }),
      DEFAULT_POLICY,
      vault,
    )
    expect(vault.calls).toHaveLength(1)
    expect(clean.sids).toEqual({ AccountSid: 'AC' + 'b'.repeat(32), MessageSid: 'SM' + 'a'.repeat(32) })
    expect(clean.resourceSid).toBe('SM' + 'a'.repeat(32))
    expect(clean.data.SmsStatus).toBe('received')
    expect(clean.data.From).toMatch(/^tok_[A-Za-z0-9]{16,}$/)
    expect(clean.data.ProfileName).toMatch(/^tok_/)
    // The same phone in From and in the Body gets the same token (canonical digits).
    expect(clean.data.Body).toMatch(
      new RegExp(`^hi its \\[NAME:tok_\\w+\\], call me at \\[PHONE:${clean.data.From}\\], DOB \\[DATE:1961\\]$`),
    )
    expect(clean.fields).toMatchObject({ SmsStatus: 'safe', From: 'token', ProfileName: 'token', Body: 'text' })
    expect(clean.tokens).toMatchObject({ From: 'PHONE', To: 'PHONE', ProfileName: 'NAME' })
    expect(clean.redactions).toMatchObject({ PHONE: 3, NAME: 2, DATE: 1 })
    const json = JSON.stringify(clean)
    for (const raw of ['5550178', 'Zyxwv', 'zyxwv', '04/22']) expect(json).not.toContain(raw)
  })

  it('drops city/address/coordinates, generalises ZIP, keeps state and country, tokenizes media', async () => {
    const clean = await deidentify(
      event({
        location: [
          { name: 'FromCity', value: 'STOCKTON', kind: 'city' },
          { name: 'FromZip', value: '95207', kind: 'zip' },
          { name: 'CallerZip', value: '05901', kind: 'zip' },
          { name: 'FromState', value: 'CA', kind: 'state' },
          { name: 'FromCountry', value: 'US', kind: 'country' },
          { name: 'Latitude', value: '37.9', kind: 'coordinate' },
        ],
        media: [{ name: 'MediaUrl0', value: 'https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME1' }],
      }),
      DEFAULT_POLICY,
      fakeTokenizer(),
    )
    expect(clean.data).toEqual({
      FromZip: '952',
      CallerZip: '000',
      FromState: 'CA',
      FromCountry: 'US',
      MediaUrl0: expect.stringMatching(/^tok_/),
    })
    expect(clean.fields).toEqual({
      FromZip: 'location',
      CallerZip: 'location',
      FromState: 'location',
      FromCountry: 'location',
      MediaUrl0: 'media',
    })
    expect(clean.tokens).toEqual({ MediaUrl0: 'URL' })
    expect(clean.redactions).toEqual({ CITY: 1, ZIP: 2, OTHER: 1, URL: 1 })
  })

  it('scrubs attributes recursively, tokenizes long numbers, and fails closed past the limits', async () => {
    const deep: Record<string, unknown> = {}
    let cur = deep
    for (let i = 0; i < 20; i += 1) cur = (cur.next = {}) as Record<string, unknown>
    const clean = await deidentify(
      event({
        attributes: [
          {
            name: 'Attributes',
            value: {
              note: 'ssn 623-18-4470',
              memberId: 44920188312,
              count: 3,
              ok: true,
              list: ['call 415-555-0178', null],
              'Zyxwv Qrstu': 'x',
            },
          },
          { name: 'Deep', value: deep },
        ],
      }),
      DEFAULT_POLICY,
      fakeTokenizer(),
    )
    const attrs = clean.data.Attributes as Record<string, unknown>
    expect(attrs.note).toBe('ssn [SSN]')
    expect(attrs.memberId).toMatch(/^\[OTHER:tok_/)
    expect(attrs.count).toBe(3)
    expect(attrs.ok).toBe(true)
    expect((attrs.list as unknown[])[0]).toMatch(/^call \[PHONE:tok_\w+\]$/)
    expect(Object.keys(attrs).some((k) => k.includes('Zyxwv'))).toBe(false)
    expect(clean.data.Deep).toBe('[REDACTED]')
    expect(clean.fields).toEqual({ Attributes: 'attributes', Deep: 'attributes' })
    expect(JSON.stringify(clean)).not.toContain('4470')
  })

  it('drops unknown fields by default and scrubs them when the policy says so', async () => {
    const unknown = [{ name: 'Mystery', value: 'call 415-555-0178' }]
    const dropped = await deidentify(event({ unknown }), DEFAULT_POLICY, fakeTokenizer())
    expect(dropped.data).toEqual({})
    expect(dropped.redactions).toEqual({ OTHER: 1 })
    const policy = policyFromOverrides({ unknownFields: 'scrub' })
    if (!policy.ok) throw new Error('policy')
    const scrubbed = await deidentify(event({ unknown }), policy.policy, fakeTokenizer())
    expect(scrubbed.data.Mystery).toMatch(/^call \[PHONE:tok_\w+\]$/)
    expect(scrubbed.fields.Mystery).toBe('text')
  })

  it('honours per-type actions', async () => {
    const policy = policyFromOverrides({ actions: { PHONE: 'redact', DATE: 'redact', SSN: 'tokenize' } })
    if (!policy.ok) throw new Error('policy')
    const clean = await deidentify(
      event({ text: [{ name: 'Body', value: 'call 415-555-0178 on 04/22/1961 ssn 623-18-4470' }] }),
      policy.policy,
      fakeTokenizer(),
    )
    expect(clean.data.Body).toMatch(/^call \[PHONE\] on \[DATE\] ssn \[SSN:tok_\w+\]$/)
  })

  it('propagates a name found in one text field to the others', async () => {
    const clean = await deidentify(
      event({
        text: [
          { name: 'Body', value: 'hi this is Xochiquetzal' },
          { name: 'Caption', value: 'xochiquetzal again' },
        ],
      }),
      DEFAULT_POLICY,
      fakeTokenizer(),
    )
    expect(JSON.stringify(clean.data).toLowerCase()).not.toContain('xochiquetzal')
  })

  it('removes a name known only from the attributes from the free text too', async () => {
    const clean = await deidentify(
      event({
        // "grace" alone reads as a word; the attributes say it is this patient's name.
        text: [{ name: 'Body', value: 'is the grace period over' }],
        attributes: [{ name: 'Attributes', value: { contact: { display: 'my name is Grace' } } }],
      }),
      DEFAULT_POLICY,
      fakeTokenizer(),
    )
    expect(clean.data.Body).toMatch(/^is the \[NAME:tok_\w+\] period over$/)
    expect(JSON.stringify(clean.data).toLowerCase()).not.toContain('grace')
  })

  it('does not propagate caller-ID placeholders like WIRELESS CALLER into the text', async () => {
    const clean = await deidentify(
      event({
        names: [{ name: 'CallerName', value: 'WIRELESS CALLER' }],
        text: [{ name: 'SpeechResult', value: 'the wireless caller said hello' }],
      }),
      DEFAULT_POLICY,
      fakeTokenizer(),
    )
    expect(clean.data.SpeechResult).toBe('the wireless caller said hello')
  })

  it('rejects when the vault rejects or answers with something other than tokens (fail closed)', async () => {
    const e = event({ parties: [{ name: 'From', value: '+14155550178' }] })
    await expect(
      deidentify(e, DEFAULT_POLICY, { tokenize: async () => Promise.reject(new Error('kv down')) }),
    ).rejects.toThrow()
    await expect(deidentify(e, DEFAULT_POLICY, { tokenize: async (r) => r.map((x) => x.value) })).rejects.toThrow()
    await expect(deidentify(e, DEFAULT_POLICY, { tokenize: async () => [] })).rejects.toThrow()
  })
})

describe('PHI_POLICY', () => {
  const env = (v?: unknown) => ({ PHI_POLICY: v }) as unknown as Env
  it('defaults when unset', () => {
    expect(parsePolicyConfig(env())).toEqual({ ok: true, value: { phi: DEFAULT_POLICY } })
    expect(parsePolicyConfig(env(''))).toEqual({ ok: true, value: { phi: DEFAULT_POLICY } })
  })
  it('accepts a JSON string or a structured object', () => {
    const a = parsePolicyConfig(env('{"actions":{"DATE":"redact"},"locationZip":"drop"}'))
    expect(a.ok && a.value.phi.actions.DATE).toBe('redact')
    expect(a.ok && a.value.phi.locationZip).toBe('drop')
    const b = parsePolicyConfig(env({ unknownFields: 'scrub' }))
    expect(b.ok && b.value.phi.unknownFields).toBe('scrub')
  })
  it('rejects bad settings naming the setting, never the value', () => {
    for (const bad of [
      '{',
      '[]',
      '{"actions":{"NAME":"keep"}}',
      '{"actions":{"FOO":"redact"}}',
      '{"unknownFields":"keep"}',
      '{"x":1}',
      '{"maxAttributeDepth":0}',
    ]) {
      const r = parsePolicyConfig(env(bad))
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.setting).toBe('PHI_POLICY')
        expect(r.error.problem).not.toContain('keep')
      }
    }
  })
})

describe('numbers no context claims (issue 10)', () => {
  it('are redacted, never minted into the vault, and counted as OTHER', async () => {
    const tokenizer = fakeTokenizer()
    const out = await deidentify(
      event({ text: [{ name: 'Body', value: 'Maria wants the 14, gate code 2231' }] }),
      DEFAULT_POLICY,
      tokenizer,
    )
    expect(out.data.Body).toBe('[NAME:tok_0000ABCDEFGHIJKLMNOP] wants the [OTHER], gate code [OTHER]')
    expect(tokenizer.calls.flat().map((r) => r.type)).toEqual(['NAME'])
    expect(out.redactions).toEqual({ NAME: 1, OTHER: 2 })
  })
})
