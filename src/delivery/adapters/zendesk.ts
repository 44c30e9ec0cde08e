/**
 * Zendesk ticket: `POST https://{subdomain}.zendesk.com/api/v2/tickets.json` with
 * `{ticket:{subject, comment:{body, public:false}, external_id, tags}}`; the event id is the
 * `Idempotency-Key`, so a retry never opens a second ticket. Auth: `headers.Authorization` from a secret.
 */
import type { Adapter } from './types'
import { descriptionOf, subjectOf } from './render'

/** Builds a Zendesk ticket-create request. */
export const zendeskAdapter: Adapter<{ adapter: 'zendesk'; subdomain: string; tags: string[]; priority?: string }> = ({
  envelope,
  options,
}) => ({
  url: `https://${options.subdomain}.zendesk.com/api/v2/tickets.json`,
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': envelope.id },
  body: JSON.stringify({
    ticket: {
      subject: subjectOf(envelope, 150),
      comment: { body: descriptionOf(envelope, 60_000), public: false },
      external_id: envelope.id,
      tags: ['phi-firewall', envelope.type.replace(/\./g, '_'), ...options.tags],
      ...(options.priority === undefined ? {} : { priority: options.priority }),
    },
  }),
})
