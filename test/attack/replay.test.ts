/**
 * Attack suite, issue 11 finding "replays": a captured signed request replayed (as is, reordered, with another
 * I-Twilio-Idempotency-Token, or twice at once) publishes nothing more and answers as the first did; a first attempt
 * that failed (503) does not block Twilio's retry; event ids derive from signed content only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EMPTY_TWIML } from '../../src/twilio/twiml'
import { ACCOUNT, BASE, formBody, formRequest, recordingQueue, run, sid, signForm } from '../helpers/twilio'

const CLINIC = '+14155550100'
let serial = 0x7b000

function gather(speech: string, call = sid('CA', serial++)): [string, string][] {
  // biome-ignore format: packed list
  return [
    ['AccountSid', ACCOUNT], ['CallSid', call], ['From', '+15005550120'], ['To', CLINIC], ['CallStatus', 'in-progress'],
    ['Direction', 'inbound'], ['SpeechResult', speech], ['Confidence', '0.9'],
  ]
}

function smsPairs(): [string, string][] {
  const message = sid('SM', serial++)
  // biome-ignore format: packed list
  return [
    ['AccountSid', ACCOUNT], ['MessageSid', message], ['SmsSid', message], ['SmsStatus', 'received'], ['NumMedia', '0'],
    ['From', '+15005550121'], ['To', CLINIC], ['Body', 'refill please'],
  ]
}

/** The event ids of what a recording queue holds. */
function idsOf(sent: unknown[]): string[] {
  return sent.map((m) => (m as { envelope: { id: string } }).envelope.id)
}

beforeEach(() => {
  for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation(() => undefined)
})
afterEach(() => vi.restoreAllMocks())

describe('attack: replays', () => {
  it('the same signed request again answers as the first did and publishes nothing', async () => {
    const pairs = smsPairs()
    const first = await run(formRequest(`${BASE}/twilio/messaging`, pairs))
    expect(first.res.status).toBe(200)
    expect(first.queue.sent).toHaveLength(1)
    for (let i = 0; i < 3; i++) {
      const replay = await run(formRequest(`${BASE}/twilio/messaging`, pairs))
      expect(replay.res.status).toBe(200)
      expect(replay.body).toBe(EMPTY_TWIML)
      expect(replay.queue.sent).toHaveLength(0)
    }
  })

  it('a <Gather> replayed with a new I-Twilio-Idempotency-Token (unsigned) publishes nothing', async () => {
    const pairs = gather('my date of birth is march third')
    const first = await run(
      formRequest(`${BASE}/twilio/voice`, pairs, { headers: { 'I-Twilio-Idempotency-Token': 'first' } }),
    )
    expect(first.queue.sent).toHaveLength(1)
    const replay = await run(
      formRequest(`${BASE}/twilio/voice`, pairs, { headers: { 'I-Twilio-Idempotency-Token': 'other' } }),
    )
    expect(replay.res.status).toBe(200)
    expect(replay.queue.sent).toHaveLength(0)
  })

  it('the same parameters in another order (the signature sorts them) are the same signed content: a replay', async () => {
    const pairs = smsPairs()
    const url = `${BASE}/twilio/messaging`
    expect((await run(formRequest(url, pairs))).queue.sent).toHaveLength(1)
    const reordered = new Request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signForm(url, pairs) },
      body: formBody([...pairs].reverse()),
    })
    const replay = await run(reordered)
    expect(replay.res.status).toBe(200)
    expect(replay.queue.sent).toHaveLength(0)
  })

  it('two copies at once: both answered 200, one published', async () => {
    const pairs = smsPairs()
    const copies = await Promise.all([0, 1, 2].map(() => run(formRequest(`${BASE}/twilio/messaging`, pairs))))
    expect(copies.map((c) => c.res.status)).toEqual([200, 200, 200])
    expect(copies.reduce((n, c) => n + c.queue.sent.length, 0)).toBe(1)
  })

  it('a first attempt that failed (503) does not block the retry, which carries the same event id', async () => {
    const pairs = gather('please call me back')
    // A queue that records what it was given and then fails: the id of the attempt Twilio was told failed.
    const failing = recordingQueue()
    const sendBatch = failing.sendBatch.bind(failing)
    failing.sendBatch = async (messages: Iterable<MessageSendRequest<unknown>>) => {
      await sendBatch(messages)
      throw new Error('queue unavailable')
    }
    const failed = await run(
      formRequest(`${BASE}/twilio/voice`, pairs, { headers: { 'I-Twilio-Idempotency-Token': 'a' } }),
      {},
      failing,
    )
    expect(failed.res.status).toBe(503)
    const retry = await run(
      formRequest(`${BASE}/twilio/voice`, pairs, { headers: { 'I-Twilio-Idempotency-Token': 'b' } }),
    )
    expect(retry.res.status).toBe(200)
    expect(retry.queue.sent).toHaveLength(1)
    expect(idsOf(retry.queue.sent)).toEqual(idsOf(failed.queue.sent))
  })

  it('two different <Gather> results on one call are two events with different ids', async () => {
    const call = sid('CA', serial++)
    const a = await run(formRequest(`${BASE}/twilio/voice`, gather('yes', call)))
    const b = await run(formRequest(`${BASE}/twilio/voice`, gather('no', call)))
    expect(a.queue.sent).toHaveLength(1)
    expect(b.queue.sent).toHaveLength(1)
    expect(idsOf(a.queue.sent)[0]).not.toBe(idsOf(b.queue.sent)[0])
  })
})
