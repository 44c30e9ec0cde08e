/** DESTINATIONS validation: clear errors naming the destination and setting, never a secret. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_RETRY_SCHEDULE, parseDestinationsConfig } from '../../src/config/destinations'
import type { Env } from '../../src/env'
import { TEST_SECRETS } from './bindings'

/** Parses with the Worker secret CRM_KEY set (what `hook` names, as a wrangler.toml destination must). */
function parse(vars: Record<string, unknown>) {
  return parseDestinationsConfig({ CRM_KEY: TEST_SECRETS.crm, ...vars } as unknown as Env)
}

const hook = { name: 'crm', url: 'https://crm.example.test/hooks', secret: 'secret:CRM_KEY' }

describe('parseDestinationsConfig', () => {
  it('accepts no destinations and applies the defaults', () => {
    expect(parse({})).toEqual({
      ok: true,
      value: {
        destinations: [],
        retrySchedule: DEFAULT_RETRY_SCHEDULE,
        timeoutMs: 15_000,
        deadLetterTtlSeconds: 14 * 86_400,
      },
    })
  })

  it('accepts a JSON string and a structured (TOML) array alike', () => {
    const fromJson = parse({ DESTINATIONS: JSON.stringify([hook]) })
    const fromToml = parse({ DESTINATIONS: [hook] })
    expect(fromJson).toEqual(fromToml)
    expect(parse({ DESTINATIONS: JSON.stringify([{ ...hook, secret: TEST_SECRETS.crm }]) })).toEqual(fromToml)
    expect(fromJson.ok && fromJson.value.destinations[0]).toEqual({
      name: 'crm',
      url: 'https://crm.example.test/hooks',
      secrets: [TEST_SECRETS.crm],
      events: ['*'],
      baa: false,
      allowFreeText: false,
      headers: {},
      options: { adapter: 'webhook' },
    })
  })

  it('refuses a literal key or Slack webhook URL in a structured (wrangler.toml) DESTINATIONS', () => {
    const literal = parse({ DESTINATIONS: [{ ...hook, secret: TEST_SECRETS.crm }] })
    expect(literal).toEqual({
      ok: false,
      error: {
        setting: 'DESTINATIONS[crm].secret',
        problem: 'must name a Worker secret ("secret:NAME") when written in wrangler.toml',
      },
    })
    expect(JSON.stringify(literal)).not.toContain(TEST_SECRETS.crm)
    const rotation = parse({ DESTINATIONS: [{ ...hook, secret: ['secret:CRM_KEY', TEST_SECRETS.crmPrevious] }] })
    expect(rotation.ok ? 'ok' : rotation.error.setting).toBe('DESTINATIONS[crm].secret')
    const slack = parse({
      DESTINATIONS: [{ name: 'chat', adapter: 'slack', url: 'https://hooks.slack.com/services/T0/B0/x' }],
    })
    expect(slack.ok ? 'ok' : slack.error).toEqual({
      setting: 'DESTINATIONS[chat].url',
      problem: 'must name a Worker secret ("secret:NAME") when written in wrangler.toml',
    })
  })

  it('resolves secret references for secrets, headers and URLs', () => {
    const result = parse({
      WH: TEST_SECRETS.crm,
      AUTH: 'Bearer abc',
      SLACK_URL: 'https://hooks.slack.com/services/T/B/X',
      // A JSON string (a secret or dashboard value) may mix references and literal keys; wrangler.toml may not.
      DESTINATIONS: JSON.stringify([
        {
          ...hook,
          secret: ['secret:WH', TEST_SECRETS.crmPrevious],
          headers: { Authorization: 'secret:AUTH', 'X-Tenant': 'a' },
        },
        { name: 'chat', adapter: 'slack', url: 'secret:SLACK_URL' },
      ]),
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.destinations[0]?.secrets).toEqual([TEST_SECRETS.crm, TEST_SECRETS.crmPrevious])
    expect(result.value.destinations[0]?.headers).toEqual({ Authorization: 'Bearer abc', 'X-Tenant': 'a' })
    expect(result.value.destinations[1]?.url).toBe('https://hooks.slack.com/services/T/B/X')
  })

  it.each([
    [{ DESTINATIONS: '{not json' }, 'DESTINATIONS', 'is not valid JSON'],
    [{ DESTINATIONS: '{}' }, 'DESTINATIONS', 'must be a JSON array'],
    [{ DESTINATIONS: [{ ...hook, name: 'Bad Name' }] }, 'DESTINATIONS[0].name', undefined],
    [{ DESTINATIONS: [hook, hook] }, 'DESTINATIONS[crm].name', 'is used twice'],
    [{ DESTINATIONS: [{ ...hook, url: 'http://crm.example.test/' }] }, 'DESTINATIONS[crm].url', undefined],
    [{ DESTINATIONS: [{ ...hook, url: 'https://user:pw@crm.example.test/' }] }, 'DESTINATIONS[crm].url', undefined],
    [
      { DESTINATIONS: [{ ...hook, secret: undefined }] },
      'DESTINATIONS[crm].secret',
      'is required for the webhook adapter',
    ],
    [{ DESTINATIONS: [{ ...hook, secret: 'whsec_dG9vc2hvcnQ=' }] }, 'DESTINATIONS[crm].secret', undefined],
    [
      { DESTINATIONS: [{ ...hook, secret: 'secret:MISSING' }] },
      'DESTINATIONS[crm].secret',
      'refers to secret MISSING, which is not set',
    ],
    [{ DESTINATIONS: [{ ...hook, events: ['message.*', 'Bad Type'] }] }, 'DESTINATIONS[crm].events', undefined],
    [{ DESTINATIONS: [{ ...hook, baa: 'yes' }] }, 'DESTINATIONS[crm].baa', undefined],
    [{ DESTINATIONS: [{ ...hook, adapter: 'fax' }] }, 'DESTINATIONS[crm].adapter', undefined],
    [
      { DESTINATIONS: [{ ...hook, headers: { Authorization: 'Bearer literal-value' } }] },
      'DESTINATIONS[crm].headers.Authorization',
      undefined,
    ],
    [
      { DESTINATIONS: [{ ...hook, headers: { 'webhook-id': 'x' } }] },
      'DESTINATIONS[crm].headers.webhook-id',
      undefined,
    ],
    [{ DESTINATIONS: [{ name: 'zd', adapter: 'zendesk' }] }, 'DESTINATIONS[zd].subdomain', 'is required'],
    [
      { DESTINATIONS: [{ name: 'zd', adapter: 'zendesk', subdomain: 'x', url: 'https://x' }] },
      'DESTINATIONS[zd].url',
      undefined,
    ],
    [
      { DESTINATIONS: [{ name: 'zd', adapter: 'zendesk', subdomain: 'x', object: 'comment' }] },
      'DESTINATIONS[zd].ticketId',
      undefined,
    ],
    [
      { DESTINATIONS: [{ name: 'sf', adapter: 'salesforce', instanceUrl: 'http://x.example' }] },
      'DESTINATIONS[sf].instanceUrl',
      undefined,
    ],
    [
      { DESTINATIONS: [{ name: 'j', adapter: 'jira', site: 'x', projectKey: 'lower' }] },
      'DESTINATIONS[j].projectKey',
      undefined,
    ],
    [{ DELIVERY_RETRY_SCHEDULE: '5,abc' }, 'DELIVERY_RETRY_SCHEDULE', undefined],
    [{ DELIVERY_RETRY_SCHEDULE: '5,50000' }, 'DELIVERY_RETRY_SCHEDULE', undefined],
    [{ DELIVERY_TIMEOUT_SECONDS: '0' }, 'DELIVERY_TIMEOUT_SECONDS', undefined],
  ])('rejects %j naming %s', (vars, setting, problem) => {
    const result = parse(vars)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.setting).toBe(setting)
    if (problem) expect(result.error.problem).toBe(problem)
  })

  it('never echoes a secret in an error', () => {
    const leaky = [
      { ...hook, secret: 'whsec_c2hvcnQ=' },
      { ...hook, headers: { Authorization: 'Bearer sk_live_SECRETVALUE' } },
      { ...hook, url: 'ftp://SECRETVALUE.example' },
    ]
    for (const destination of leaky) {
      const result = parse({ DESTINATIONS: [destination] })
      expect(result.ok).toBe(false)
      expect(JSON.stringify(result)).not.toMatch(/SECRETVALUE|c2hvcnQ|sk_live/)
    }
  })

  it('allows http only for localhost', () => {
    expect(parse({ DESTINATIONS: [{ ...hook, url: 'http://localhost:8788/hook' }] }).ok).toBe(true)
    expect(parse({ DESTINATIONS: [{ ...hook, url: 'http://127.0.0.1:8788/hook' }] }).ok).toBe(true)
  })

  it('reads the retry schedule, including all-zero schedules for tests', () => {
    const result = parse({ DELIVERY_RETRY_SCHEDULE: '0, 0' })
    expect(result.ok && result.value.retrySchedule).toEqual([0, 0])
  })
})
