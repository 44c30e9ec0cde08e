/** Test helpers for delivery: de-identified events and a recording fetch stub. */
import { vi } from 'vitest'
import type { CleanEvent } from '../../src/model/clean'

/** A request that reached the fetch stub. */
export interface Captured {
  url: string
  host: string
  method: string
  headers: Record<string, string>
  body: string
}

/** A de-identified inbound SMS with every field kind, for a unique MessageSid. */
export function sampleEvent(overrides: Partial<CleanEvent> = {}): CleanEvent {
  const sid = overrides.resourceSid ?? uniqueSid('SM')
  return {
    product: 'messaging',
    kind: 'message.received',
    channel: 'sms',
    resourceSid: sid,
    discriminator: 'received',
    sids: { AccountSid: 'AC00000000000000000000000000000000', MessageSid: sid },
    occurredAt: '2026-11-24T20:00:00.000Z',
    data: {
      Body: 'Hi, this is [NAME] and my refill is late',
      From: 'tok_AbCdEfGhIjKlMnOp12',
      To: 'tok_QrStUvWxYz0123456789',
      SmsStatus: 'received',
      NumMedia: '0',
      FromCity: '[CITY]',
      FromState: 'CA',
      ChannelMetadata: { context: 'scrubbed' },
      MediaUrl0: 'tok_MediaMediaMedia0001',
    },
    fields: {
      Body: 'text',
      From: 'token',
      To: 'token',
      SmsStatus: 'safe',
      NumMedia: 'safe',
      FromCity: 'location',
      FromState: 'location',
      ChannelMetadata: 'attributes',
      MediaUrl0: 'media',
    },
    tokens: { From: 'PHONE', To: 'PHONE', MediaUrl0: 'MEDIA' },
    redactions: { NAME: 1, PHONE: 2 },
    ...overrides,
  }
}

let counter = 0
/** A Twilio-shaped SID unique within this run. */
export function uniqueSid(prefix: string): string {
  counter++
  const hex = `${Date.now().toString(16)}${counter.toString(16).padStart(6, '0')}${Math.floor(Math.random() * 0xffff).toString(16)}`
  return prefix + hex.padEnd(32, '0').slice(0, 32)
}

/**
 * Replaces fetch with a stub that records every request and answers with `respond` (default 200).
 * Returns the list of captured requests (filled as the queue consumer sends).
 */
export function stubFetch(
  respond: (request: Captured) => Response | Promise<Response> = () => new Response('ok'),
): Captured[] {
  const captured: Captured[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    const record: Captured = {
      url: request.url,
      host: new URL(request.url).host,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    }
    captured.push(record)
    return respond(record)
  })
  return captured
}

/** Requests captured for one host and one event id. */
export function deliveriesTo(captured: readonly Captured[], host: string, eventId: string): Captured[] {
  return captured.filter((c) => c.host === host && c.headers['webhook-id'] === eventId)
}
