/**
 * Zendesk. Ticket: `POST https://{subdomain}.zendesk.com/api/v2/tickets.json` with
 * `{ticket:{subject, comment:{body, public:false}, external_id, tags}}`. Comment: a private comment on a
 * standing ticket, `PUT …/api/v2/tickets/{ticketId}.json` with `{ticket:{comment:{body, public:false}}}`.
 * The event id is the `Idempotency-Key`, so a retry never opens a second ticket or comment.
 * Auth: `headers.Authorization` from a secret.
 */
import type { AdapterOptions } from '../../config/destinations'
import type { Adapter } from './types'
import { descriptionOf, subjectOf } from './render'

/** Builds a Zendesk ticket-create or ticket-comment request. */
export const zendeskAdapter: Adapter<Extract<AdapterOptions, { adapter: 'zendesk' }>> = ({ envelope, options }) => {
  const base = `https://${options.subdomain}.zendesk.com/api/v2/tickets`
  const comment = { body: descriptionOf(envelope, 60_000), public: false }
  const headers = { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': envelope.id }
  if (options.object === 'comment') {
    return {
      url: `${base}/${options.ticketId}.json`,
      method: 'PUT',
      headers,
      body: JSON.stringify({ ticket: { comment } }),
    }
  }
  return {
    url: `${base}.json`,
    method: 'POST',
    headers,
    body: JSON.stringify({
      ticket: {
        subject: subjectOf(envelope, 150),
        comment,
        external_id: envelope.id,
        tags: ['phi-firewall', envelope.type.replace(/\./g, '_'), ...options.tags],
        ...(options.priority === undefined ? {} : { priority: options.priority }),
      },
    }),
  }
}
