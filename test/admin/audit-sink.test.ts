import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import { recordingQueue } from '../helpers/twilio'
import { TENANT_A, vaultOf } from '../vault/helpers'
import { BASE, captureLogs } from './helpers'

afterEach(() => vi.restoreAllMocks())

const AUDITOR = [
  {
    name: 'auditor',
    url: 'https://audit.example.test/hooks',
    secret: 'whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8=',
    events: ['audit.*'],
  },
]

async function detokenize(e: Env, tokens: string[]): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await app.fetch(
    new Request(`${BASE}/v1/detokenize`, {
      method: 'POST',
      headers: { Authorization: 'Bearer test-admin-detokenize', 'Content-Type': 'application/json' },
      body: JSON.stringify({ tokens, purpose: 'audit-sink' }),
    }),
    e,
    ctx,
  )
  await waitOnExecutionContext(ctx)
  return res
}

describe('audit destination', () => {
  it('queues the reveal audit record (tokens, never values) for destinations subscribed to audit.*', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Audited Person' }])
    const queue = recordingQueue()
    const e = { ...(env as unknown as Env), DESTINATIONS: JSON.stringify(AUDITOR), EVENTS: queue } as Env
    const res = await detokenize(e, [token as string])
    expect(res.status).toBe(200)
    expect(queue.text()).toContain('audit.detokenize')
    expect(queue.text()).toContain(token)
    expect(queue.text()).toContain('test-detokenize')
    expect(queue.text()).not.toContain('Audited')
  })

  it('reveals nothing (503) when the audit destination cannot take the record', async () => {
    const [token] = await vaultOf()
      .tokenizerFor(TENANT_A)
      .tokenize([{ type: 'NAME', value: 'Unaudited Person' }])
    const logs = captureLogs()
    const e = { ...(env as unknown as Env), DESTINATIONS: JSON.stringify(AUDITOR), EVENTS: recordingQueue(true) } as Env
    const res = await detokenize(e, [token as string])
    expect(res.status).toBe(503)
    const text = await res.text()
    expect(text).not.toContain('Unaudited')
    expect(JSON.parse(text)).toMatchObject({ error: 'audit-unavailable' })
    // The log still holds the attempt and that the values were withheld.
    const audits = logs.lines().filter((l) => l.event === 'audit.detokenize')
    expect(audits.map((l) => [l.outcome, l.reason, l.token])).toEqual([
      ['allowed', undefined, token],
      ['error', 'audit-unavailable', token],
    ])
  })
})
