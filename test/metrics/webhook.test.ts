/**
 * Metrics of webhook requests: the counter increments a webhook makes (route and status, redactions by type and
 * channel, tokens minted, engine time), the Analytics Engine points it writes (fixed vocabulary only, nothing
 * PHI-shaped), and that metrics never fail or hold up a webhook.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { CHANNELS, WEBHOOK_ROUTES } from '../../src/metrics/points'
import { PHI_TYPES } from '../../src/phi/types'
import { captureLogs } from '../admin/helpers'
import { ACCOUNT, BASE, formRequest, run, sid } from '../helpers/twilio'
import { delta, readMetrics, recordingDataset } from './helpers'

afterEach(() => vi.restoreAllMocks())

const CLINIC = '+14155550100'
const KINDS = ['webhook', 'redaction', 'delivery', 'dead-letter']
const VOCABULARY = new Set<string>([...KINDS, ...WEBHOOK_ROUTES, ...PHI_TYPES, ...CHANNELS])

/** An inbound SMS full of PHI, from a sender never seen before (so its phone number is minted). */
function phiSms() {
  const n = Math.floor(Math.random() * 9000) + 1000
  const patient = `+1415555${n}`
  const message = sid('SM', 0x7000 + n)
  const body =
    `Hi, this is Maria Gonzalez, DOB 03/14/1962, MRN 4471823. Call me at 415-555-${n} or maria.gonzalez${n}@example.com, ` +
    'I live at 12 Oak Street, Springfield. My SSN is 123-45-6789.'
  // biome-ignore format: packed list
  const pairs: [string, string][] = [
    ['MessageSid', message], ['SmsSid', message], ['AccountSid', ACCOUNT], ['From', patient], ['To', CLINIC],
    ['Body', body], ['NumMedia', '0'], ['SmsStatus', 'received'], ['ProfileName', 'Maria Gonzalez'], ['ApiVersion', '2010-04-01'],
  ]
  return { patient, message, body, pairs, n }
}

const blobsOf = (points: AnalyticsEngineDataPoint[]) => points.flatMap((p) => (p.blobs ?? []).map(String))

describe('webhook metrics', () => {
  it('counts a forwarded webhook: route and status, redactions by type and channel, tokens minted, engine time', async () => {
    const before = await readMetrics()
    const dataset = recordingDataset()
    const sms = phiSms()
    const { res, queue } = await run(formRequest(`${BASE}/twilio/messaging`, sms.pairs), {
      METRICS: dataset,
    } as Partial<Env>)
    expect(res.status).toBe(200)
    const envelope = (queue.sent[0] as { envelope: { redactions: Record<string, number> } }).envelope
    // A type the engine looked for and did not find is 0 in the event and no point at all in the metrics.
    const found = Object.fromEntries(Object.entries(envelope.redactions).filter(([, n]) => n > 0))

    // One webhook point, then one point per (type, channel) removed: the counts the forwarded event itself carries.
    const [webhook, ...redactions] = dataset.points
    expect(webhook).toEqual({
      indexes: ['webhook'],
      blobs: ['webhook', '/twilio/messaging', '200'],
      doubles: [1, expect.any(Number), expect.any(Number), 1, expect.any(Number), 0],
    })
    const minted = webhook?.doubles?.[4] ?? 0
    expect(minted).toBeGreaterThanOrEqual(1)
    const removed = Object.fromEntries(redactions.map((p) => [String(p.blobs?.[1]), p.doubles?.[0]]))
    expect(removed).toEqual(found)
    expect(Object.keys(removed)).toEqual(expect.arrayContaining(['NAME', 'PHONE', 'EMAIL', 'SSN']))
    for (const point of redactions) {
      expect(point.indexes).toEqual(['redaction'])
      expect(point.blobs?.slice(2)).toEqual(['sms', '/twilio/messaging'])
    }

    const moved = delta(before, await readMetrics())
    expect(moved.webhooks).toEqual({ '/twilio/messaging 200': 1 })
    expect(moved.redactions).toEqual(Object.fromEntries(Object.entries(found).map(([type, n]) => [`${type} sms`, n])))
    expect(moved.tokens).toEqual({ minted })
    expect(moved.engine?.events).toBe(1)
    expect(moved.engine?.['ms total'] ?? 0).toBe(webhook?.doubles?.[2])
  })

  it('writes blobs from the fixed vocabulary only: no value, SID, phone number, token or URL', async () => {
    const dataset = recordingDataset()
    const sms = phiSms()
    const { res, queue } = await run(formRequest(`${BASE}/twilio/messaging`, sms.pairs), {
      METRICS: dataset,
    } as Partial<Env>)
    expect(res.status).toBe(200)
    expect(dataset.points.length).toBeGreaterThan(1)
    for (const blob of blobsOf(dataset.points)) expect(VOCABULARY.has(blob) || /^[1-5]\d\d$/.test(blob)).toBe(true)
    for (const point of dataset.points) expect(point.indexes?.every((i) => KINDS.includes(String(i)))).toBe(true)
    const written = JSON.stringify(dataset.points)
    const tokens = queue.text().match(/tok_[A-Za-z0-9]{16,}/g) ?? []
    expect(tokens.length).toBeGreaterThan(0)
    for (const secret of [
      sms.patient,
      String(sms.n),
      sms.message,
      ACCOUNT,
      'Maria',
      'Gonzalez',
      '4471823',
      '1962',
      'example.com',
      'Oak',
      '6789',
      ...tokens,
    ]) {
      expect(written).not.toContain(secret)
    }
  })

  it('counts a refused webhook by its status, with no engine work', async () => {
    const before = await readMetrics()
    const dataset = recordingDataset()
    const sms = phiSms()
    const forged = formRequest(`${BASE}/twilio/messaging`, sms.pairs, { token: 'not-the-auth-token' })
    const { res } = await run(forged, { METRICS: dataset } as Partial<Env>)
    expect(res.status).toBe(403)
    expect(dataset.points).toEqual([
      {
        indexes: ['webhook'],
        blobs: ['webhook', '/twilio/messaging', '403'],
        doubles: [1, expect.any(Number), 0, 0, 0, 0],
      },
    ])
    expect(delta(before, await readMetrics())).toEqual({ webhooks: { '/twilio/messaging 403': 1 } })
  })

  it('forwards as usual when the Analytics Engine binding is absent or throws, or the counters are unbound', async () => {
    const logs = captureLogs()
    for (const overrides of [
      { METRICS: undefined },
      { METRICS: recordingDataset(true) },
      { METRICS_COUNTERS: undefined },
      { METRICS: undefined, METRICS_COUNTERS: undefined },
    ]) {
      const { res, queue } = await run(
        formRequest(`${BASE}/twilio/messaging`, phiSms().pairs),
        overrides as Partial<Env>,
      )
      expect(res.status).toBe(200)
      expect(queue.sent).toHaveLength(1)
    }
    expect(logs.lines()).toContainEqual({ level: 'warn', event: 'metrics', outcome: 'write-failed', reason: 'Error' })
    // The thrown message never reaches a log line.
    expect(logs.raw()).not.toContain('dataset unavailable')
  })

  it('forwards as usual when the counter object fails, and logs the failure without its message', async () => {
    const logs = captureLogs()
    const failing = {
      idFromName: () => ({}) as DurableObjectId,
      get: () => ({ add: () => Promise.reject(new TypeError('counter store down: +14155550123')) }),
    } as unknown as DurableObjectNamespace
    const { res, queue } = await run(formRequest(`${BASE}/twilio/messaging`, phiSms().pairs), {
      METRICS_COUNTERS: failing,
    } as unknown as Partial<Env>)
    expect(res.status).toBe(200)
    expect(queue.sent).toHaveLength(1)
    expect(logs.lines()).toContainEqual({
      level: 'warn',
      event: 'metrics',
      outcome: 'counters-failed',
      reason: 'TypeError',
    })
    expect(logs.raw()).not.toContain('+14155550123')
  })
})
