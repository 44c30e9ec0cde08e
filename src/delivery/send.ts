/** One delivery attempt: build the adapter's request, sign it, send it with a timeout, classify the answer. */
import type { Destination } from '../config/destinations'
import { buildRequest } from './adapters'
import { classifyStatus } from './retry'
import { standardWebhookHeaders } from './signing'
import type { Envelope, Outcome } from './types'

/** Sends one envelope to one destination. Never throws; never logs the URL, headers or body. */
export async function attemptDelivery(
  destination: Destination,
  envelope: Envelope,
  timeoutMs: number,
): Promise<Outcome> {
  let request: Request
  try {
    const body = JSON.stringify(envelope)
    const built = buildRequest(destination, envelope, body)
    const signature =
      destination.secrets.length > 0
        ? await standardWebhookHeaders(destination.secrets, envelope.id, Math.floor(Date.now() / 1000), built.body)
        : {}
    request = new Request(built.url, {
      method: built.method,
      headers: { ...built.headers, ...destination.headers, ...signature },
      body: built.body,
      // 3xx is a failure (Standard Webhooks): never follow a redirect with the payload.
      redirect: 'manual',
    })
  } catch {
    return { kind: 'drop', status: 0, reason: 'invalid-request' }
  }
  try {
    const response = await fetch(request, { signal: AbortSignal.timeout(timeoutMs) })
    // The body is not needed; cancel it so the connection is released.
    await response.body?.cancel()
    return classifyStatus(response.status, response.headers.get('retry-after'))
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
    return { kind: 'retry', reason: timedOut ? 'timeout' : 'network' }
  }
}
