/** Extra bindings of the `delivery` test project: stub destinations on example.test hosts (dev-only secrets). */

/** Standard Webhooks keys of the stub destinations (dev-only). */
export const TEST_SECRETS = {
  crm: 'whsec_cHY35rmY2h7zCd58wBDCLywNltsXqem/PBKQ9lbhiKM=',
  crmPrevious: 'whsec_UaRayfWXDjo0Zf5sZCRW3legEICG/UvBuQfC9Rl1+RE=',
  others: 'whsec_Tx+j0WfcQag9nDw9Td5P+Dg7r57QJzdn/amRzpTcG/8=',
}

/**
 * Subaccounts of the per-clinic destinations: clinic a is the tenant of the key test-admin-tenant-ops, clinic b signs
 * with its own Auth Token (TWILIO_SUBACCOUNT_TOKENS in test/bindings.ts).
 */
export const CLINIC_ACCOUNTS = { a: 'AC11111111111111111111111111111111', b: 'AC5ab0000000000000000000000000000b' }

/** Stub destinations every delivery test publishes to; the test's fetch spy answers for each host. */
export const TEST_DESTINATIONS = [
  // Covered by a BAA, secret from a Worker secret plus the previous key (rotation).
  {
    name: 'crm',
    url: 'https://crm.example.test/hooks',
    secret: ['secret:CRM_WEBHOOK_SECRET', TEST_SECRETS.crmPrevious],
    events: ['message.*', 'call.*', 'transcription.*'],
    baa: true,
    headers: { 'X-Api-Key': 'secret:CRM_API_KEY', 'X-Tenant': 'clinic-1' },
  },
  // No BAA (the default): tokens, safe metadata and counts only.
  { name: 'minimal', url: 'https://minimal.example.test/hooks', secret: TEST_SECRETS.others },
  {
    name: 'flaky',
    url: 'https://flaky.example.test/hooks',
    secret: TEST_SECRETS.others,
    events: ['call.status'],
    baa: true,
  },
  {
    name: 'broken',
    url: 'https://broken.example.test/hooks',
    secret: TEST_SECRETS.others,
    events: ['transcription.completed'],
    baa: true,
  },
  { name: 'auditor', url: 'https://audit.example.test/hooks', secret: TEST_SECRETS.others, events: ['audit.*'] },
  // One CRM per clinic (a Twilio subaccount each; test/delivery/tenants.test.ts): only their own account's events.
  {
    name: 'clinic-a',
    url: 'https://clinic-a.example.test/hooks',
    secret: TEST_SECRETS.others,
    events: ['message.*'],
    baa: true,
    accounts: [CLINIC_ACCOUNTS.a],
  },
  {
    name: 'clinic-b',
    url: 'https://clinic-b.example.test/hooks',
    secret: TEST_SECRETS.others,
    events: ['message.*'],
    baa: true,
    accounts: [CLINIC_ACCOUNTS.b],
  },
]

/** Bindings merged over TEST_BINDINGS for the delivery project. Retries are immediate in tests. */
export const DELIVERY_TEST_BINDINGS: Record<string, string> = {
  DESTINATIONS: JSON.stringify(TEST_DESTINATIONS),
  CRM_WEBHOOK_SECRET: TEST_SECRETS.crm,
  CRM_API_KEY: 'test-crm-api-key',
  DELIVERY_RETRY_SCHEDULE: '0,0',
  DELIVERY_TIMEOUT_SECONDS: '5',
}
