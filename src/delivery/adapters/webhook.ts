/** Generic webhook: the envelope as is; Standard Webhooks headers are added by the consumer. */
import type { Adapter } from './types'

/** POSTs the envelope JSON to the destination URL. */
export const webhookAdapter: Adapter<{ adapter: 'webhook' }> = ({ destination, body }) => ({
  url: destination.url as string,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
})
