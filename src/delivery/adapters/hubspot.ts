/**
 * HubSpot ticket (`POST https://api.hubapi.com/crm/v3/objects/tickets` with subject, content, pipeline and stage)
 * or note (`/crm/v3/objects/notes` with hs_note_body and hs_timestamp). Auth: `headers.Authorization` =
 * `Bearer <private app token>` from a secret.
 */
import type { Adapter } from './types'
import { descriptionOf, subjectOf } from './render'

/** Builds a HubSpot CRM object-create request. */
export const hubspotAdapter: Adapter<{
  adapter: 'hubspot'
  object: 'ticket' | 'note'
  pipeline: string
  pipelineStage: string
}> = ({ envelope, options }) => {
  const properties =
    options.object === 'ticket'
      ? {
          subject: subjectOf(envelope, 200),
          content: descriptionOf(envelope, 60_000),
          hs_pipeline: options.pipeline,
          hs_pipeline_stage: options.pipelineStage,
        }
      : { hs_note_body: descriptionOf(envelope, 60_000), hs_timestamp: envelope.occurredAt }
  return {
    url: `https://api.hubapi.com/crm/v3/objects/${options.object === 'ticket' ? 'tickets' : 'notes'}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ properties }),
  }
}
