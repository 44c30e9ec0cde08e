/**
 * Salesforce Case or Task via REST: `POST {instanceUrl}/services/data/{apiVersion}/sobjects/{Case|Task}/`
 * with a flat field map. Auth: `headers.Authorization` = `Bearer …` from a secret.
 */
import type { Adapter } from './types'
import { descriptionOf, subjectOf } from './render'

type SalesforceOptions = {
  adapter: 'salesforce'
  instanceUrl: string
  apiVersion: string
  sobject: 'Case' | 'Task'
  origin: string
  externalIdField?: string
}

/** Builds a Salesforce sObject-create request. */
export const salesforceAdapter: Adapter<SalesforceOptions> = ({ envelope, options }) => {
  const common = { Subject: subjectOf(envelope, 255), Description: descriptionOf(envelope, 32_000) }
  const fields =
    options.sobject === 'Case'
      ? { ...common, Origin: options.origin, Status: 'New' }
      : { ...common, Status: 'Not Started', Priority: 'Normal' }
  return {
    url: `${options.instanceUrl}/services/data/${options.apiVersion}/sobjects/${options.sobject}/`,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(options.externalIdField ? { ...fields, [options.externalIdField]: envelope.id } : fields),
  }
}
