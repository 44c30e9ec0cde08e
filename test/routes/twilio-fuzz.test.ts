/** Hostile input never crashes the webhook routes or reaches the queue. */
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BASE, formRequest, jsonRequest, run } from '../helpers/twilio'

const routes = ['messaging', 'voice', 'transcriptions', 'conversations', 'events'] as const
const contentTypes = [
  'application/x-www-form-urlencoded',
  'application/json',
  'text/plain',
  '',
  'multipart/form-data; boundary=x',
]

describe('fuzzed webhook requests', () => {
  // Hundreds of requests: keep their (PHI-free) log lines out of the test output.
  beforeEach(() => {
    for (const method of ['log', 'warn', 'error'] as const)
      vi.spyOn(console, method).mockImplementation(() => undefined)
  })
  afterEach(() => vi.restoreAllMocks())

  it('unsigned or badly signed requests get 4xx and nothing is enqueued', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom(...contentTypes),
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        fc.uint8Array({ maxLength: 600 }),
        fc.stringMatching(/^[A-Za-z0-9=&+%'._~-]{0,20}$/),
        async (route, contentType, signature, body, query) => {
          const headers: Record<string, string> = {}
          if (contentType) headers['Content-Type'] = contentType
          if (signature !== undefined) headers['X-Twilio-Signature'] = signature.replace(/[\r\n\0]/g, '')
          const { res, queue } = await run(
            new Request(`${BASE}/twilio/${route}?${query}`, { method: 'POST', headers, body }),
          )
          expect([400, 401, 403, 413, 415]).toContain(res.status)
          expect(queue.sent).toHaveLength(0)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('correctly signed but arbitrary form fields never give a 5xx', async () => {
    const name = fc.oneof(
      fc.constantFrom(
        'Body',
        'From',
        'To',
        'MessageSid',
        'CallSid',
        'AccountSid',
        'EventType',
        'Attributes',
        'TranscriptionData',
        'MediaUrl0',
        'NumMedia',
        'Timestamp',
        'SequenceId',
      ),
      fc.string({ minLength: 1, maxLength: 12 }),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('messaging', 'voice', 'transcriptions', 'conversations'),
        fc.uniqueArray(
          fc.tuple(
            name,
            fc.oneof(
              fc.string({ maxLength: 30 }),
              fc.constant('SM' + '0'.repeat(32)),
              fc.constant('{"a":[1,{"b":null}]}'),
            ),
          ),
          { selector: ([k]) => k, maxLength: 10 },
        ),
        async (route, pairs) => {
          const { res } = await run(formRequest(`${BASE}/twilio/${route}`, pairs))
          expect([200, 400]).toContain(res.status)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('correctly signed but arbitrary JSON never gives a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 6 }), async (text) => {
        const { res } = await run(jsonRequest(`${BASE}/twilio/events`, text))
        expect([200, 400]).toContain(res.status)
      }),
      { numRuns: 150 },
    )
  })
})
