import { afterEach, describe, expect, it, vi } from 'vitest'
import { log, type LogFields } from '../src/log'

afterEach(() => vi.restoreAllMocks())

function written(fields: LogFields): Record<string, unknown> {
  const lines: string[] = []
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)))
  log('info', fields)
  return JSON.parse(lines[0] ?? '{}')
}

describe('log filter', () => {
  it.each([
    'DESTINATIONS[crm].url',
    'DESTINATIONS[0]',
    'DESTINATIONS[zendesk-eu].headers.X-Api-Key',
    'DESTINATIONS[crm].headers.?',
    'VAULT_KEYS',
    'TWILIO_SUBACCOUNT_TOKENS',
  ])('lets the config path %s through', (setting) => {
    expect(written({ event: 'config', setting }).setting).toBe(setting)
  })

  it.each([
    'https://crm.hospital.org/hooks',
    'DESTINATIONS[crm].url=https://crm.hospital.org',
    'Rosa Delgado',
    'DESTINATIONS[Rosa Delgado]',
    'whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8=',
  ])('never lets a value through as a setting: %s', (setting) => {
    expect(written({ event: 'config', setting }).setting).toBe('[unsafe]')
  })

  it.each([
    'must be an https URL (http only for localhost)',
    'must be an origin like https://phi.example.org (scheme, host, optional port; no path, query or credentials)',
    'must be a JSON object {"AC…": "token"} or {"AC…": ["token", "next token"]}',
    'refers to secret CRM_WEBHOOK_SECRET, which is not set',
    'must be a Standard Webhooks key (the whsec prefix, then base64 of 24-64 bytes)',
    'must be one of webhook, zendesk, salesforce, hubspot, jira, servicenow, slack',
  ])('lets our own problem text through: %s', (problem) => {
    expect(written({ event: 'config', problem }).problem).toBe(problem)
  })

  it.each([
    'expected whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8=',
    'token 0123456789abcdef0123456789abcdef is wrong',
    'call +14155550161',
    'points at https://crm.hospital.org/hooks',
    'user rosa@example.org',
    'Authorization: Bearer abc',
  ])('refuses a problem text that quotes a value: %s', (problem) => {
    expect(written({ event: 'config', problem }).problem).toBe('[unsafe]')
  })
})
