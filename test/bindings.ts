/** Secrets and vars the test Worker runs with (dev-only values). */
export const TEST_BINDINGS: Record<string, string> = {
  TWILIO_AUTH_TOKEN: '12345',
  // Ingest: the next Auth Token during rotation, and one subaccount with its own token (test/routes/twilio*.test.ts).
  TWILIO_AUTH_TOKEN_NEXT: 'next-token-67890',
  TWILIO_SUBACCOUNT_TOKENS: JSON.stringify({ AC5ab0000000000000000000000000000b: 'subaccount-token-1111' }),
  PUBLIC_BASE_URL: '',
  // Vault keyring (k1 old, k2 current), blind-index key and reply credentials: dev-only values.
  VAULT_KEYS: JSON.stringify({
    current: 'k2',
    keys: { k1: 'vxCbDJ7bfRePDBfFc7MVfl46d1KZ6Cb2a7WOAMYNXNQ=', k2: 'AnPzteuWBQj/LckBgONZ5N+yWI7NHR52C+KA5DWQ2rs=' },
  }),
  VAULT_INDEX_KEY: 'NKy+jFYpLq6YVeCEN3qHIoX5O6BbrOO4vbjbx/ZEUHg=',
  // Admin bearer keys (sha256 of the key): `test-admin-<scope>` / test-admin-all / -none / -limited (3 reveals/min) /
  // -tenant-a (only tokens of AC111…) / -expired (every scope, expired 2020-01-01) / -bulk (detokenize, default budget)
  // / test-admin-audit / test-admin-config / test-admin-metrics / test-admin-scrub / test-admin-tenant-ops (dead-letters, audit, config; only AC111…).
  ADMIN_API_KEYS:
    '[{"id":"test-detokenize","sha256":"741e2221bf54d99295b701e26e2e2e096e9fb1e4e175b7c03962bad3aa0c484c","scopes":["detokenize"]},{"id":"test-messages","sha256":"a725268bef878a19d4c752ea8e11ffff9f87a0110e2d9da58514113cd3e3771c","scopes":["messages"]},{"id":"test-erase","sha256":"cb5cb211ec07b995b56f71a58ea041312afb318b4210bc1b0dec442d4fed8587","scopes":["erase"]},{"id":"test-all","sha256":"1dacf92d7706bce477f22a8b244bce90211676a11b33c80ab006894ff22b4c15","scopes":["detokenize","messages","erase","dead-letters","tokenize","roster","audit","config","metrics","scrub"]},{"id":"test-tokenize","sha256":"679d52617c66316df8a83ffbadbc4131633fdc44eafd7fcd89d3a17558cb51cd","scopes":["tokenize"]},{"id":"test-none","sha256":"c6359ebb065cd7bb818fcfd9bd8b363a6a45c8041162dfe0d6a7cdebe64250b0","scopes":[]},{"id":"test-dead-letters","sha256":"7920317a39d63fca4f323ac1bf69f8b41118fdb7b745aeefb6ce4e91f4c58b64","scopes":["dead-letters"]},{"id":"test-limited","sha256":"403be9b038be0b070daaaf7563546736085c33fc247dff41126aba3d18d8df14","scopes":["detokenize","tokenize"],"revealsPerMinute":3},{"id":"test-tenant-a","sha256":"86309a4c07fa01692353a50cec22a01618866469c1e9596511c8b4b4e4d6fa87","scopes":["detokenize","messages","erase","tokenize"],"tenants":["AC11111111111111111111111111111111"]},{"id":"test-expired","sha256":"a16f0ce504e4d6a38a7101e1cb0ee00926499a5a7c77a84ee756daee8cfa2164","scopes":["detokenize","messages","erase","dead-letters","tokenize","roster","audit","config","scrub"],"expires":"2020-01-01"},{"id":"test-bulk","sha256":"ed89242bb380deb52e4f78ca0ca57170a5668932e6583569ae3eea78315e6a61","scopes":["detokenize"]},{"id":"test-audit","sha256":"b8ba0e5d949981ce63d0d387e53332cf59a5218d1ee0305dad92ab0fd24e57d0","scopes":["audit"]},{"id":"test-config","sha256":"3d71c5e64db3bf1d5281ae38d44a200f47dfb70c8019024ff26c76fa732a06e7","scopes":["config"]},{"id":"test-metrics","sha256":"2e0e957693225298c5ca2ac648e91842d38cdbe4e699475209a2d170037229c9","scopes":["metrics"]},{"id":"test-tenant-ops","sha256":"e7e4cb820ebbb99b8e2b97f694637354605dbc34160d342535b2ea8b9ab708fa","scopes":["dead-letters","audit","config"],"tenants":["AC11111111111111111111111111111111"]},{"id":"test-scrub","sha256":"7b981ba477b6f565ce5dbeab16610087d4ad3451d9f52ba7a72245bab7d872eb","scopes":["scrub"]}]',
  TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
  // Admin `purpose` codes the tests use (the default list plus a few of their own).
  // The last five are the audit-trail and login-throttle suites' own (test/audit, test/admin/login-throttle.test.ts).
  ADMIN_PURPOSES:
    'treatment,callback,patient-request,find-thread,ticket,check,audit-sink,tenant-test,rate-test,round-trip,audit-trail,export-test,store-down,copy-down,throttle-test',
  // Every suite shares one login-throttle bucket (no CF-Connecting-IP in tests): test/admin/login-throttle.test.ts
  // lowers the limit for its own client addresses.
  ADMIN_FAILED_LOGIN_LIMIT: '1000',
}
