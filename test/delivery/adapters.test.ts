/** Each adapter's request against a stub of the tool's API: documented shape, auth from secrets, de-identified content only. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseDestinationsConfig, type Destination } from '../../src/config/destinations'
import { envelopeOf, filterFor } from '../../src/delivery/envelope'
import { attemptDelivery } from '../../src/delivery/send'
import type { Env } from '../../src/env'
import { TEST_SECRETS } from './bindings'
import { sampleEvent, stubFetch, type Captured } from './helpers'

const SECRETS = {
  ZENDESK_AUTH: 'Basic ZW1haWxAY2xpbmljLmV4YW1wbGUvdG9rZW46YWJj',
  SALESFORCE_TOKEN: 'Bearer 00Dtest!sftoken',
  HUBSPOT_TOKEN: 'Bearer pat-na1-test',
  JIRA_AUTH: 'Basic amlyYUBjbGluaWMuZXhhbXBsZTp0b2tlbg==',
  SERVICENOW_AUTH: 'Basic c246cGFzcw==',
  SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T000/B000/XXXXXXXX',
}

function destination(raw: Record<string, unknown>): Destination {
  const env = { ...SECRETS, DESTINATIONS: JSON.stringify([raw]) } as unknown as Env
  const parsed = parseDestinationsConfig(env)
  if (!parsed.ok) throw new Error(`${parsed.error.setting}: ${parsed.error.problem}`)
  const [only] = parsed.value.destinations
  if (!only) throw new Error('no destination')
  return only
}

/** Sends the sample SMS event through one destination; returns the single captured request and the event id. */
async function sendThrough(
  raw: Record<string, unknown>,
  status = 201,
  event = sampleEvent(),
): Promise<{ request: Captured; id: string; outcome: unknown }> {
  const captured = stubFetch(() => new Response('{}', { status }))
  const dest = destination(raw)
  const full = await envelopeOf(event)
  const { envelope } = filterFor(dest, full, event.fields)
  const outcome = await attemptDelivery(dest, envelope, 5000)
  expect(captured).toHaveLength(1)
  return { request: captured[0] as Captured, id: full.id, outcome }
}

/** Nothing a non-BAA destination must not see appears in the bytes sent. */
function expectMinimumOnly(body: string): void {
  for (const withheld of ['refill', '[NAME]', '[CITY]', 'ChannelMetadata', 'scrubbed', 'tok_MediaMediaMedia0001']) {
    expect(body).not.toContain(withheld)
  }
  expect(body).toContain('tok_AbCdEfGhIjKlMnOp12')
  expect(body).toContain('NAME 1')
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('adapters', () => {
  it('zendesk: ticket create with Idempotency-Key, external_id and tags', async () => {
    const { request, id, outcome } = await sendThrough({
      name: 'zd',
      adapter: 'zendesk',
      subdomain: 'clinic',
      tags: ['triage'],
      priority: 'normal',
      headers: { Authorization: 'secret:ZENDESK_AUTH' },
    })
    expect(outcome).toEqual({ kind: 'delivered', status: 201 })
    expect(request.url).toBe('https://clinic.zendesk.com/api/v2/tickets.json')
    expect(request.method).toBe('POST')
    expect(request.headers).toMatchObject({
      authorization: SECRETS.ZENDESK_AUTH,
      'content-type': 'application/json',
      'idempotency-key': id,
    })
    const body = JSON.parse(request.body)
    expect(body).toEqual({
      ticket: {
        subject: expect.stringContaining('message.received'),
        comment: { body: expect.any(String), public: false },
        external_id: id,
        tags: ['phi-firewall', 'message_received', 'triage'],
        priority: 'normal',
      },
    })
    expect(body.ticket.comment.body).toContain(`Event id: ${id}`)
    expectMinimumOnly(request.body)
    expect(request.headers['webhook-signature']).toBeUndefined()
  })

  it('zendesk: a private comment on a standing ticket', async () => {
    const { request, id } = await sendThrough(
      {
        name: 'zd',
        adapter: 'zendesk',
        subdomain: 'clinic',
        object: 'comment',
        ticketId: 4242,
        headers: { Authorization: 'secret:ZENDESK_AUTH' },
      },
      200,
    )
    expect(request.url).toBe('https://clinic.zendesk.com/api/v2/tickets/4242.json')
    expect(request.method).toBe('PUT')
    expect(request.headers['idempotency-key']).toBe(id)
    expect(JSON.parse(request.body)).toEqual({
      ticket: { comment: { body: expect.stringContaining(id), public: false } },
    })
    expectMinimumOnly(request.body)
  })

  it('salesforce: Case via sObject REST with flat fields and bearer token', async () => {
    const { request, id } = await sendThrough({
      name: 'sf',
      adapter: 'salesforce',
      instanceUrl: 'https://clinic.my.salesforce.com',
      externalIdField: 'Twilio_Event_Id__c',
      headers: { Authorization: 'secret:SALESFORCE_TOKEN' },
    })
    expect(request.url).toBe('https://clinic.my.salesforce.com/services/data/v60.0/sobjects/Case/')
    expect(request.headers.authorization).toBe(SECRETS.SALESFORCE_TOKEN)
    expect(JSON.parse(request.body)).toEqual({
      Subject: expect.stringContaining('message.received'),
      Description: expect.stringContaining('From: tok_AbCdEfGhIjKlMnOp12 (PHONE)'),
      Origin: 'Phone',
      Status: 'New',
      Twilio_Event_Id__c: id,
    })
    expectMinimumOnly(request.body)
  })

  it('salesforce: Task with its required status and priority', async () => {
    const { request } = await sendThrough({
      name: 'sf',
      adapter: 'salesforce',
      sobject: 'Task',
      apiVersion: 'v61.0',
      instanceUrl: 'https://clinic.my.salesforce.com',
      headers: { Authorization: 'secret:SALESFORCE_TOKEN' },
    })
    expect(request.url).toBe('https://clinic.my.salesforce.com/services/data/v61.0/sobjects/Task/')
    expect(JSON.parse(request.body)).toEqual({
      Subject: expect.any(String),
      Description: expect.any(String),
      Status: 'Not Started',
      Priority: 'Normal',
    })
  })

  it('hubspot: ticket with subject, content, pipeline and stage', async () => {
    const { request } = await sendThrough({
      name: 'hs',
      adapter: 'hubspot',
      pipeline: '0',
      pipelineStage: '1',
      headers: { Authorization: 'secret:HUBSPOT_TOKEN' },
    })
    expect(request.url).toBe('https://api.hubapi.com/crm/v3/objects/tickets')
    expect(request.headers.authorization).toBe(SECRETS.HUBSPOT_TOKEN)
    expect(JSON.parse(request.body)).toEqual({
      properties: {
        subject: expect.any(String),
        content: expect.any(String),
        hs_pipeline: '0',
        hs_pipeline_stage: '1',
      },
    })
    expectMinimumOnly(request.body)
  })

  it('hubspot: note with body and timestamp', async () => {
    const { request } = await sendThrough({
      name: 'hs',
      adapter: 'hubspot',
      object: 'note',
      headers: { Authorization: 'secret:HUBSPOT_TOKEN' },
    })
    expect(request.url).toBe('https://api.hubapi.com/crm/v3/objects/notes')
    expect(JSON.parse(request.body)).toEqual({
      properties: { hs_note_body: expect.any(String), hs_timestamp: '2026-11-24T20:00:00.000Z' },
    })
  })

  it('jira: issue with project key, summary, issue type and an ADF description', async () => {
    const { request } = await sendThrough({
      name: 'jira',
      adapter: 'jira',
      site: 'clinic',
      projectKey: 'PAT',
      headers: { Authorization: 'secret:JIRA_AUTH' },
    })
    expect(request.url).toBe('https://clinic.atlassian.net/rest/api/3/issue')
    expect(request.headers.authorization).toBe(SECRETS.JIRA_AUTH)
    const body = JSON.parse(request.body)
    expect(body.fields).toMatchObject({
      project: { key: 'PAT' },
      summary: expect.stringContaining('message.received'),
      issuetype: { name: 'Task' },
      labels: ['phi-firewall'],
    })
    expect(body.fields.summary).not.toContain('\n')
    expect(body.fields.description).toMatchObject({ type: 'doc', version: 1 })
    for (const paragraph of body.fields.description.content) {
      expect(paragraph).toEqual({ type: 'paragraph', content: [{ type: 'text', text: expect.any(String) }] })
    }
    expectMinimumOnly(request.body)
  })

  it('servicenow: incident via the Table API with correlation id', async () => {
    const { request, id } = await sendThrough({
      name: 'snow',
      adapter: 'servicenow',
      instance: 'clinic',
      headers: { Authorization: 'secret:SERVICENOW_AUTH' },
    })
    expect(request.url).toBe('https://clinic.service-now.com/api/now/table/incident')
    expect(request.headers).toMatchObject({
      authorization: SECRETS.SERVICENOW_AUTH,
      accept: 'application/json',
      'content-type': 'application/json',
    })
    expect(JSON.parse(request.body)).toEqual({
      short_description: expect.stringContaining('message.received'),
      description: expect.any(String),
      correlation_id: id,
      correlation_display: 'phi-firewall',
    })
    expectMinimumOnly(request.body)
  })

  it('slack: incoming webhook {text, blocks} to the URL held in a secret, markup escaped', async () => {
    const event = sampleEvent()
    event.data.Body = 'refill please <!channel> <https://evil.example|click> & thanks'
    const { request, outcome } = await sendThrough(
      { name: 'slack', adapter: 'slack', url: 'secret:SLACK_WEBHOOK_URL', baa: true },
      200,
      event,
    )
    expect(outcome).toEqual({ kind: 'delivered', status: 200 })
    expect(request.url).toBe(SECRETS.SLACK_WEBHOOK_URL)
    const body = JSON.parse(request.body)
    expect(body).toEqual({
      text: expect.stringContaining('message.received'),
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: expect.any(String) } },
        { type: 'section', text: { type: 'mrkdwn', text: expect.any(String) } },
      ],
    })
    // With a BAA the scrubbed text is there; its placeholders cannot become Slack markup.
    expect(body.blocks[1].text.text).toContain(
      'Body: refill please &lt;!channel&gt; &lt;https://evil.example|click&gt; &amp; thanks',
    )
    expect(request.body).not.toContain('<!channel>')
  })

  it('adds Standard Webhooks headers to a SaaS adapter when it has a secret', async () => {
    const { request, id } = await sendThrough({
      name: 'zd',
      adapter: 'zendesk',
      subdomain: 'clinic',
      secret: TEST_SECRETS.others,
      headers: { Authorization: 'secret:ZENDESK_AUTH' },
    })
    expect(request.headers['webhook-id']).toBe(id)
    expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)
  })

  it('classifies answers: 401 is dropped, 503 retried, a network error retried', async () => {
    expect(
      (await sendThrough({ name: 'hs', adapter: 'hubspot', headers: { Authorization: 'secret:HUBSPOT_TOKEN' } }, 401))
        .outcome,
    ).toEqual({
      kind: 'drop',
      status: 401,
      reason: 'rejected',
    })
    vi.restoreAllMocks()
    expect(
      (await sendThrough({ name: 'hs', adapter: 'hubspot', headers: { Authorization: 'secret:HUBSPOT_TOKEN' } }, 503))
        .outcome,
    ).toEqual({
      kind: 'retry',
      status: 503,
      reason: 'http-503',
    })
    vi.restoreAllMocks()
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('network'))
    const dest = destination({ name: 'hs', adapter: 'hubspot', headers: { Authorization: 'secret:HUBSPOT_TOKEN' } })
    expect(await attemptDelivery(dest, await envelopeOf(sampleEvent()), 5000)).toEqual({
      kind: 'retry',
      reason: 'network',
    })
  })

  it('gives up on a destination that does not answer within the timeout, as a retryable timeout', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
        }),
    )
    const dest = destination({ name: 'wh', url: 'https://crm.example.test/hooks', secret: TEST_SECRETS.others })
    expect(await attemptDelivery(dest, await envelopeOf(sampleEvent()), 20)).toEqual({
      kind: 'retry',
      reason: 'timeout',
    })
  })

  it('does not follow redirects: a 3xx is a failure to retry', async () => {
    const { outcome } = await sendThrough(
      { name: 'wh', url: 'https://crm.example.test/hooks', secret: TEST_SECRETS.others },
      302,
    )
    expect(outcome).toEqual({ kind: 'retry', status: 302, reason: 'redirect' })
  })
})
