/**
 * Jira Cloud issue: `POST https://{site}.atlassian.net/rest/api/3/issue` with project key, summary, issue type
 * and an Atlassian Document Format description. Auth: `headers.Authorization` = `Basic base64(email:api_token)`.
 */
import type { Adapter } from './types'
import { clip, linesOf, subjectOf } from './render'

/** Builds a Jira issue-create request. */
export const jiraAdapter: Adapter<{
  adapter: 'jira'
  site: string
  projectKey: string
  issueType: string
  labels: string[]
}> = ({ envelope, options }) => ({
  url: `https://${options.site}.atlassian.net/rest/api/3/issue`,
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify({
    fields: {
      project: { key: options.projectKey },
      summary: subjectOf(envelope, 250),
      issuetype: { name: options.issueType },
      description: {
        type: 'doc',
        version: 1,
        content: linesOf(envelope).map((line) => ({
          type: 'paragraph',
          content: [{ type: 'text', text: clip(line, 30_000) }],
        })),
      },
      labels: ['phi-firewall', ...options.labels],
    },
  }),
})
