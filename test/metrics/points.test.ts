/** The pure layer of metrics: data point layouts, counter labels, and the fallback of anything outside the vocabulary. */
import { describe, expect, it } from 'vitest'
import { dataPointsOf, incrementsOf, isIncrement, mergeIncrements } from '../../src/metrics/points'

describe('metric points', () => {
  it('lays out a delivery and a dead letter as docs/operations.md says', () => {
    const delivery = {
      kind: 'delivery',
      destination: 'crm',
      outcome: 'delivered',
      ms: 42,
      attempt: 2,
      status: 204,
    } as const
    expect(dataPointsOf(delivery)).toEqual([
      { indexes: ['delivery'], blobs: ['delivery', 'crm', 'delivered'], doubles: [1, 42, 2, 204] },
    ])
    expect(incrementsOf(delivery)).toEqual([['deliveries', 'crm delivered', 1]])
    const dead = { kind: 'dead-letter', destination: 'crm', reason: 'exhausted' } as const
    expect(dataPointsOf(dead)).toEqual([
      { indexes: ['dead-letter'], blobs: ['dead-letter', 'crm', 'exhausted'], doubles: [1] },
    ])
    expect(incrementsOf(dead)).toEqual([['deadLetters', 'crm', 1]])
  })

  it('turns anything outside the vocabulary into `other`, never the value', () => {
    const webhook = {
      kind: 'webhook',
      route: '/twilio/messaging?From=+14155550123',
      status: 9999,
      ms: Number.NaN,
      engine: {
        ms: -5,
        events: 1,
        minted: 1,
        declined: 0,
        redactions: [
          { type: 'Maria Gonzalez', channel: 'sms', count: 1 },
          { type: 'PHONE', channel: '+14155550123', count: 2 },
          { type: 'NAME', channel: 'sms', count: 0 },
        ],
      },
    } as const
    const points = dataPointsOf(webhook)
    expect(points).toEqual([
      { indexes: ['webhook'], blobs: ['webhook', '/twilio/other', '0'], doubles: [1, 0, 0, 1, 1, 0] },
      { indexes: ['redaction'], blobs: ['redaction', 'PHONE', 'other', '/twilio/other'], doubles: [2] },
      { indexes: ['redaction'], blobs: ['redaction', 'OTHER', 'sms', '/twilio/other'], doubles: [1] },
    ])
    expect(incrementsOf(webhook)).toEqual([
      ['webhooks', '/twilio/other 0', 1],
      ['engine', 'ms total', 0],
      ['engine', 'events', 1],
      ['tokens', 'minted', 1],
      ['redactions', 'PHONE other', 2],
      ['redactions', 'OTHER sms', 1],
    ])
    const delivery = {
      kind: 'delivery',
      destination: 'https://crm.example.org/x',
      outcome: 'weird' as never,
      ms: 1,
      attempt: 1,
    } as const
    expect(dataPointsOf(delivery)[0]?.blobs).toEqual(['delivery', 'other', 'error'])
    expect(dataPointsOf({ kind: 'dead-letter', destination: 'crm', reason: 'Jane Doe 555' })[0]?.blobs).toEqual([
      'dead-letter',
      'crm',
      'other',
    ])
  })

  it('bounds the redaction points of one webhook', () => {
    const redactions = Array.from({ length: 60 }, (_, i) => ({ type: `TYPE_${i}`, channel: 'sms', count: 1 }))
    const points = dataPointsOf({
      kind: 'webhook',
      route: '/twilio/messaging',
      status: 200,
      ms: 1,
      engine: { ms: 1, events: 1, minted: 0, declined: 0, redactions },
    })
    expect(points).toHaveLength(41)
    expect(points.slice(1).reduce((n, p) => n + (p.doubles?.[0] ?? 0), 0)).toBe(60)
  })

  it('merges increments per label and refuses anything it could not have made', () => {
    expect(
      mergeIncrements([
        ['webhooks', '/twilio/voice 200', 1],
        ['webhooks', '/twilio/voice 200', 1],
        ['tokens', 'minted', 3],
      ]),
    ).toEqual([
      ['webhooks', '/twilio/voice 200', 2],
      ['tokens', 'minted', 3],
    ])
    expect(isIncrement(['tokens', 'minted', 1])).toBe(true)
    for (const bad of [
      ['secrets', 'x', 1],
      ['tokens', 'a@b.example', 1],
      ['tokens', 'minted', -1],
      ['tokens', 'minted', Infinity],
      'x',
      ['tokens', 'minted'],
    ]) {
      expect(isIncrement(bad)).toBe(false)
    }
  })
})
