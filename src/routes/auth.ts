/**
 * Bearer API keys for the admin API. Keys live in config only as SHA-256 hashes; a presented key is
 * hashed and compared in constant time against every configured hash. Refusals are audited, and failed
 * logins are throttled per client address (src/limits/login-throttle.ts).
 */
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env'
import { ADMIN_SCOPES, type AdminKey, type AdminScopeName } from '../config/admin'
import type { LoginStatus, LoginThrottle } from '../limits/login-throttle'
import { log } from '../log'
import type { AuditRecord } from '../model/audit'
import { mustAudit } from './audited'

/** Scopes an admin API key can hold. */
export type AdminScope = AdminScopeName

/** Audit event type of the action each scope guards. */
export const AUDIT_TYPE_OF_SCOPE: Record<AdminScope, AuditRecord['type']> = {
  detokenize: 'audit.detokenize',
  messages: 'audit.message.sent',
  erase: 'audit.token.erased',
  'dead-letters': 'audit.dead-letter.access',
  tokenize: 'audit.tokenize',
  roster: 'audit.roster.change',
  audit: 'audit.trail.read',
  config: 'audit.config.read',
  metrics: 'audit.metrics.read',
  scrub: 'audit.scrub',
}

const REALM = 'Bearer realm="phi-firewall"'

/**
 * Middleware factory: requires a bearer API key holding `scope` (401 without a key, with an unknown or expired key;
 * 403 without the scope; 429 while the client is locked out after too many failed logins; 503 when the throttle or
 * the audit trail cannot answer).
 */
export const requireApiKey = (scope: AdminScope) => {
  if (!(ADMIN_SCOPES as readonly string[]).includes(scope)) throw new Error(`unknown admin scope ${scope}`)
  return createMiddleware<AppEnv>(async function requireApiKey(c, next) {
    const config = c.get('config')
    const refused = (actor: string, outcome: AuditRecord['outcome'], reason: string) =>
      mustAudit(c.env, config, { type: AUDIT_TYPE_OF_SCOPE[scope], actor, scope, tokens: [], outcome, reason })
    const throttle = await loginThrottle(c)
    const { limit, windowSeconds } = config.admin.loginThrottle
    const status = await askThrottle(() => throttle.check(limit, windowSeconds))
    if (!status) {
      await refused('anonymous', 'error', 'login-throttle-unavailable')
      throw refusal(503, { error: 'unavailable' }, {})
    }
    if (status.locked) {
      if (status.firstRefusal) await refused('anonymous', 'rate-limited', 'login-throttled')
      throw refusal(429, { error: 'too-many-failed-logins' }, { 'Retry-After': String(status.retryAfterSeconds) })
    }
    const presented = /^Bearer[ \t]+([!-~]{1,512})[ \t]*$/i.exec(c.req.header('Authorization') ?? '')?.[1]
    const key = presented === undefined ? undefined : await findKey(config.admin.keys, presented)
    if (!key) {
      // Counted before the audit record, so a failing trail cannot be used to guess without limit.
      await askThrottle(() => throttle.fail(limit, windowSeconds))
      await refused('anonymous', 'denied', presented === undefined ? 'no-key' : 'unknown-key')
      throw refusal(401, { error: 'unauthorized' }, { 'WWW-Authenticate': REALM })
    }
    if (key.expiresAt !== undefined && Date.now() >= key.expiresAt) {
      // The key is known but past its `expires`: refused like an unknown key, audited under its own id (not counted
      // as a guess: its holder is known and can be told).
      await refused(key.id, 'denied', 'expired-key')
      throw refusal(401, { error: 'unauthorized' }, { 'WWW-Authenticate': `${REALM}, error="invalid_token"` })
    }
    if (!key.scopes.has(scope)) {
      await refused(key.id, 'denied', 'missing-scope')
      const challenge = `${REALM}, error="insufficient_scope", scope="${scope}"`
      throw refusal(403, { error: 'forbidden', scope }, { 'WWW-Authenticate': challenge })
    }
    c.set('apiKeyId', key.id)
    await next()
  })
}

/**
 * The Twilio accounts (tenants) the authenticated key is bound to; undefined for a key that sees every account (or
 * before authentication). Routes that list records narrow them to these.
 */
export function keyTenants(c: Context<AppEnv>): ReadonlySet<string> | undefined {
  const id = c.get('apiKeyId')
  return id === undefined ? undefined : c.var.config.admin.keys.find((k) => k.id === id)?.tenants
}

/** The throttle of the calling client: one object per SHA-256 of its address (never the address itself). */
async function loginThrottle(c: Context<AppEnv>): Promise<DurableObjectStub<LoginThrottle>> {
  // Cloudflare sets CF-Connecting-IP; without it (local dev, tests) every caller shares one bucket.
  const address = c.req.header('CF-Connecting-IP') ?? 'unknown'
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`login:${address}`))
  const name = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
  return c.env.LOGIN_THROTTLE.get(c.env.LOGIN_THROTTLE.idFromName(name))
}

/** Calls the throttle; undefined when it cannot answer (the caller fails closed). */
async function askThrottle(call: () => Promise<LoginStatus>): Promise<LoginStatus | undefined> {
  try {
    return await call()
  } catch (error) {
    log('error', {
      event: 'login-throttle',
      outcome: 'unavailable',
      reason: error instanceof Error ? error.name : 'unknown',
    })
    return undefined
  }
}

/** The configured key whose hash matches, comparing against every key so timing reveals nothing. */
async function findKey(keys: readonly AdminKey[], presented: string): Promise<AdminKey | undefined> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(presented)))
  let found: AdminKey | undefined
  for (const key of keys) {
    let diff = 0
    for (let i = 0; i < digest.length; i++) diff |= (digest[i] as number) ^ (key.sha256[i] as number)
    if (diff === 0) found = key
  }
  return found
}

function refusal(
  status: 401 | 403 | 429 | 503,
  body: Record<string, string>,
  headers: Record<string, string>,
): HTTPException {
  const res = new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
  })
  return new HTTPException(status, { res })
}
