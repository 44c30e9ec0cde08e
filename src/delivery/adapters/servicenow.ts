/**
 * ServiceNow Table API: `POST https://{instance}.service-now.com/api/now/table/{table}` (incident by default)
 * with short_description, description and the event id as correlation_id. Auth: `headers.Authorization`
 * (Basic or Bearer) from a secret.
 */
import type { Adapter } from './types'
import { descriptionOf, subjectOf } from './render'

/** Builds a ServiceNow record-insert request. */
export const servicenowAdapter: Adapter<{
  adapter: 'servicenow'
  instance: string
  table: string
  callerId?: string
}> = ({ envelope, options }) => ({
  url: `https://${options.instance}.service-now.com/api/now/table/${options.table}`,
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify({
    short_description: subjectOf(envelope, 160),
    description: descriptionOf(envelope, 4000),
    correlation_id: envelope.id,
    correlation_display: 'phi-firewall',
    ...(options.callerId === undefined ? {} : { caller_id: options.callerId }),
  }),
})
