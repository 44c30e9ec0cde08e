/**
 * Bearer API keys for the admin API. Keys live in config only as SHA-256 hashes; a presented key is
 * hashed and compared in constant time against every configured hash. Refusals are audited.
 */
import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env'
import { audit } from '../audit'
import { ADMIN_SCOPES, type AdminKey } from '../config/admin'
import type { AuditRecord } from '../model/audit'

/** Scopes an admin API key can hold. */
export type AdminScope = 'detokenize' | 'messages' | 'erase' | 'dead-letters' | 'tokenize' | 'roster'

/** Audit event type of the action each scope guards. */
export const AUDIT_TYPE_OF_SCOPE: Record<AdminScope, AuditRecord['type']> = {
  detokenize: 'audit.detokenize',
  messages: 'audit.message.sent',
  erase: 'audit.token.erased',
  'dead-letters': 'audit.dead-letter.access',
  tokenize: 'audit.tokenize',
  roster: 'audit.roster.change',
}

const REALM = 'Bearer realm="phi-firewall"'

/**
 * Middleware factory: requires a bearer API key holding `scope` (401 without a key, with an unknown or expired key;
 * 403 without the scope).
 */
export const requireApiKey = (scope: AdminScope) => {
  if (!(ADMIN_SCOPES as readonly string[]).includes(scope)) throw new Error(`unknown admin scope ${scope}`)
  return createMiddleware<AppEnv>(async function requireApiKey(c, next) {
    const config = c.get('config')
    const presented = /^Bearer[ \t]+([!-~]{1,512})[ \t]*$/i.exec(c.req.header('Authorization') ?? '')?.[1]
    const key = presented === undefined ? undefined : await findKey(config.admin.keys, presented)
    if (!key) {
      const reason = presented === undefined ? 'no-key' : 'unknown-key'
      await audit(c.env, config, {
        ...{ type: AUDIT_TYPE_OF_SCOPE[scope], actor: 'anonymous', scope, tokens: [] },
        ...{ outcome: 'denied', reason },
      })
      throw refusal(401, { error: 'unauthorized' }, REALM)
    }
    if (key.expiresAt !== undefined && Date.now() >= key.expiresAt) {
      // The key is known but past its `expires`: refused like an unknown key, audited under its own id.
      await audit(c.env, config, {
        ...{ type: AUDIT_TYPE_OF_SCOPE[scope], actor: key.id, scope, tokens: [] },
        ...{ outcome: 'denied', reason: 'expired-key' },
      })
      throw refusal(401, { error: 'unauthorized' }, `${REALM}, error="invalid_token"`)
    }
    if (!key.scopes.has(scope)) {
      await audit(c.env, config, {
        ...{ type: AUDIT_TYPE_OF_SCOPE[scope], actor: key.id, scope, tokens: [] },
        ...{ outcome: 'denied', reason: 'missing-scope' },
      })
      throw refusal(403, { error: 'forbidden', scope }, `${REALM}, error="insufficient_scope", scope="${scope}"`)
    }
    c.set('apiKeyId', key.id)
    await next()
  })
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

function refusal(status: 401 | 403, body: Record<string, string>, challenge: string): HTTPException {
  const res = new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': challenge, 'Cache-Control': 'no-store' },
  })
  return new HTTPException(status, { res })
}
