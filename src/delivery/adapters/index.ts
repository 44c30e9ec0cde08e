/** Adapter registry: one small mapping per tool, chosen by the destination's `adapter`. */
import type { Destination } from '../../config/destinations'
import type { Envelope, OutboundRequest } from '../types'
import { hubspotAdapter } from './hubspot'
import { jiraAdapter } from './jira'
import { salesforceAdapter } from './salesforce'
import { servicenowAdapter } from './servicenow'
import { slackAdapter } from './slack'
import { webhookAdapter } from './webhook'
import { zendeskAdapter } from './zendesk'

/** The tool's request for this envelope, before auth and signature headers. */
export function buildRequest(destination: Destination, envelope: Envelope, body: string): OutboundRequest {
  const options = destination.options
  const base = { envelope, destination, body }
  switch (options.adapter) {
    case 'webhook':
      return webhookAdapter({ ...base, options })
    case 'zendesk':
      return zendeskAdapter({ ...base, options })
    case 'salesforce':
      return salesforceAdapter({ ...base, options })
    case 'hubspot':
      return hubspotAdapter({ ...base, options })
    case 'jira':
      return jiraAdapter({ ...base, options })
    case 'servicenow':
      return servicenowAdapter({ ...base, options })
    case 'slack':
      return slackAdapter({ ...base, options })
  }
}
