/**
 * `GET /v1/dataflow` (scope `config`): the data-flow inventory of the running configuration
 * (src/delivery/dataflow.ts): per route and event type, each destination with BAA status, adapter and the field
 * kinds it receives, free text to a destination without a BAA flagged, per Twilio account when destinations or the
 * policy are scoped by account. Names and kinds only, never a URL or secret.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { dataflowInventory } from '../delivery/dataflow'
import { mustAudit } from './audited'
import { AUDIT_TYPE_OF_SCOPE, keyTenants, requireApiKey } from './auth'

/** Routes mounted under `/v1/dataflow`. */
export const dataflowRoutes = new Hono<AppEnv>()

dataflowRoutes.get('/', requireApiKey('config'), async function dataflow(c) {
  const config = c.var.config
  const tenants = keyTenants(c)
  const unknownFields = Object.fromEntries(
    Object.entries(config.policy.accounts ?? {}).map(([account, p]) => [account, p.unknownFields]),
  )
  // A key bound to tenants sees its accounts' flows only: never another clinic's destinations.
  const inventory = dataflowInventory(config.destinations.destinations, config.policy.phi.unknownFields, {
    unknownFields,
    ...(tenants ? { only: tenants } : {}),
  })
  await mustAudit(c.env, config, {
    type: AUDIT_TYPE_OF_SCOPE.config,
    actor: c.get('apiKeyId') ?? 'unknown',
    scope: 'config',
    tokens: [],
    outcome: 'allowed',
    counts: { warnings: inventory.warnings.length },
  })
  c.header('Cache-Control', 'no-store')
  return c.json(inventory)
})
