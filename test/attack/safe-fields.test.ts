/**
 * Attack suite, issue 11 finding "safe fields accept any word, any image/<anything> and full dates": allow-listed
 * fields forward only known values; a birth date is never an event time; a `timestamps: "year"` destination gets
 * every date in a safe field cut to the year, inside longer values too.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ACCOUNT, BASE, formRequest, jsonRequest, run, sid } from '../helpers/twilio'

let serial = 0x7d000

function dataOf(sent: unknown[]): Record<string, unknown> {
  return (sent[0] as { envelope: { data: Record<string, unknown> } }).envelope.data
}

beforeEach(() => {
  for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation(() => undefined)
})
afterEach(() => vi.restoreAllMocks())

describe('attack: safe fields', () => {
  it('statuses, enums and media types outside their known values are not forwarded', async () => {
    const message = sid('MM', serial++)
    // biome-ignore format: packed list
    const pairs: [string, string][] = [
      ['AccountSid', ACCOUNT], ['MessageSid', message], ['SmsStatus', 'Delgado'], ['MessageStatus', 'received'],
      ['From', '+15005550140'], ['To', '+14155550100'], ['Body', 'photo attached'], ['NumMedia', '1'],
      ['MediaContentType0', 'image/rosa-delgado'], ['MessageType', 'Rosa'], ['ApiVersion', '2010-04-01'],
      ['Direction', 'inbound'],
    ]
    const { res, queue } = await run(formRequest(`${BASE}/twilio/messaging`, pairs))
    expect(res.status).toBe(200)
    const data = dataOf(queue.sent)
    expect(data).toMatchObject({
      MessageStatus: 'received',
      ApiVersion: '2010-04-01',
      Direction: 'inbound',
      NumMedia: '1',
    })
    for (const field of ['SmsStatus', 'MediaContentType0', 'MessageType']) expect(data).not.toHaveProperty(field)
    for (const word of ['Delgado', 'Rosa', 'rosa-delgado']) expect(queue.text()).not.toContain(word)
  })

  it('a known media type is forwarded', async () => {
    const message = sid('MM', serial++)
    // biome-ignore format: packed list
    const pairs: [string, string][] = [
      ['AccountSid', ACCOUNT], ['MessageSid', message], ['From', '+15005550141'], ['To', '+14155550100'], ['Body', 'x'],
      ['NumMedia', '1'], ['MediaContentType0', 'image/jpeg'],
    ]
    const { queue } = await run(formRequest(`${BASE}/twilio/messaging`, pairs))
    expect(dataOf(queue.sent).MediaContentType0).toBe('image/jpeg')
  })

  it('a date that cannot be an event time (a bare date, a birth date) is not a safe timestamp', async () => {
    const conversation = sid('CH', serial++)
    // biome-ignore format: packed list
    const pairs: [string, string][] = [
      ['AccountSid', ACCOUNT], ['EventType', 'onMessageAdded'], ['ConversationSid', conversation],
      ['MessageSid', sid('IM', serial++)], ['Author', '+15005550142'], ['Body', 'hi'], ['DateCreated', '1961-04-22'],
      ['DateUpdated', '1961-04-22T08:00:00Z'], ['Source', 'SMS'],
    ]
    const { res, queue } = await run(formRequest(`${BASE}/twilio/conversations`, pairs))
    expect(res.status).toBe(200)
    expect(queue.text()).not.toContain('1961')
    const data = dataOf(queue.sent)
    expect(data).not.toHaveProperty('DateCreated')
    expect(data).not.toHaveProperty('DateUpdated')
    expect(data.Source).toBe('SMS')
  })

  it('a CloudEvent subject that is not a SID is not forwarded', async () => {
    // biome-ignore format: packed list
    const body = JSON.stringify([{
      specversion: '1.0', type: 'com.twilio.messaging.message.delivered', id: `EZ${(serial++).toString(16)}`,
      subject: 'RosaDelgado', time: '2026-11-24T20:00:00Z',
      data: { messageSid: sid('SM', serial++), accountSid: ACCOUNT, messageStatus: 'DELIVERED' },
    }])
    const { res, queue } = await run(jsonRequest(`${BASE}/twilio/events`, body))
    expect(res.status).toBe(200)
    expect(queue.text()).not.toContain('Rosa')
    expect(dataOf(queue.sent)).toMatchObject({
      type: 'com.twilio.messaging.message.delivered',
      'data.messageStatus': 'DELIVERED',
    })
  })

  it('a "timestamps": "year" destination gets every date in a safe field cut to the year, inside longer values too', async () => {
    const message = sid('SM', serial++)
    // biome-ignore format: packed list
    const body = JSON.stringify([{
      specversion: '1.0', type: 'com.twilio.messaging.inbound-message.received', id: `EZ${(serial++).toString(16)}`,
      source: `/2010-04-01/Accounts/${ACCOUNT}/Messages/${message}.json`, time: '2026-11-24T20:00:00Z',
      data: { messageSid: message, accountSid: ACCOUNT, from: '+15005550143', body: 'hello' },
    }])
    const destinations = JSON.stringify([
      {
        name: 'strict',
        url: 'https://strict.example.test/hooks',
        secret: 'whsec_80H/0Ab0u/t2O33MG5sW4oC6M4NiD3xZLv4QhAe/HNA=',
        timestamps: 'year',
      },
    ])
    const { res, queue } = await run(jsonRequest(`${BASE}/twilio/events`, body), { DESTINATIONS: destinations })
    expect(res.status).toBe(200)
    const data = dataOf(queue.sent)
    expect(data.time).toBe('2026')
    expect(data.source).toBe(`/2010/Accounts/${ACCOUNT}/Messages/${message}.json`)
    expect(queue.text()).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })
})
