/** scripts/dev-vars.mjs: an existing .dev.vars keeps a dev admin key with every scope the example gains. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withDevAdminScopes } from '../../scripts/dev-vars.mjs'

const EXAMPLE = readFileSync(join(import.meta.dirname, '../../.dev.vars.example'), 'utf8')
const DEV_KEY = /^ADMIN_API_KEYS=.*$/m

describe('.dev.vars upgrade of the dev admin key', () => {
  it('gives an untouched dev admin key the scopes the example gained, and leaves the other lines alone', () => {
    const before = EXAMPLE.replace(DEV_KEY, (line) => line.replace(',"metrics"', '')).replace(
      'TWILIO_AUTH_TOKEN=dev',
      'TWILIO_AUTH_TOKEN=mine',
    )
    expect(before).not.toContain('"metrics"')
    const after = withDevAdminScopes(EXAMPLE, before)
    expect(after?.match(DEV_KEY)?.[0]).toBe(EXAMPLE.match(DEV_KEY)?.[0])
    expect(after).toContain('TWILIO_AUTH_TOKEN=mine')
  })

  it('leaves a key line the developer changed, or one already up to date', () => {
    expect(withDevAdminScopes(EXAMPLE, EXAMPLE)).toBeUndefined()
    const otherKey = EXAMPLE.replace(DEV_KEY, 'ADMIN_API_KEYS=[{"id":"mine","sha256":"00","scopes":["audit"]}]')
    expect(withDevAdminScopes(EXAMPLE, otherKey)).toBeUndefined()
    const expiring = EXAMPLE.replace(DEV_KEY, (line) => line.replace(',"metrics"]', '],"expires":"2027-01-01"'))
    expect(withDevAdminScopes(EXAMPLE, expiring)).toBeUndefined()
  })
})
