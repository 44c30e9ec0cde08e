/** Slack incoming webhook: `{text, blocks}`; the webhook URL is itself a secret (`url: "secret:NAME"`). */
import type { Adapter } from './types'
import { clip, linesOf, subjectOf } from './render'

/** Builds a Slack incoming-webhook message. */
export const slackAdapter: Adapter<{ adapter: 'slack' }> = ({ envelope, destination }) => ({
  url: destination.url as string,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    text: escapeMrkdwn(subjectOf(envelope)),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: subjectOf(envelope, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: clip(escapeMrkdwn(linesOf(envelope).join('\n')), 3000) } },
    ],
  }),
})

/** Slack reads `&`, `<` and `>` as markup (mentions, links): escape them so text stays text. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
