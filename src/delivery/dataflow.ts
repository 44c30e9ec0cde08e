/**
 * The data-flow inventory HIPAA asks for (controls per channel and per flow), generated from the configuration
 * instead of kept by hand: for each Twilio route and event type, which destinations receive it, under a BAA or not,
 * through which adapter, and which field kinds reach them. A flow of free text to a destination without a BAA is
 * flagged. Pure: `GET /v1/dataflow` runs it on the live config, `npm run dataflow` on a config file.
 */
import { coversAccount } from '../config/accounts'
import type { AdapterName, Destination } from '../config/destinations'
import type { FieldKind } from '../model/clean'
import type { Channel, EventKind } from '../model/normalized'
import { allowsKind, subscribes } from './envelope'

/** Every field kind, in the order the inventory lists them. */
export const FIELD_KINDS: readonly FieldKind[] = ['safe', 'token', 'text', 'location', 'media', 'attributes']

/**
 * The field kinds each event type can carry with the default policy (fields Twilio documents for it, classified by
 * src/twilio/payloads.ts). With `unknownFields: "scrub"` any event can also carry scrubbed `text`.
 * test/delivery/dataflow.test.ts checks real webhooks of each type against this table.
 */
export const EVENT_FIELD_KINDS: Record<EventKind, readonly FieldKind[]> = {
  'message.received': ['safe', 'token', 'text', 'location', 'media', 'attributes'],
  'message.status': ['safe', 'token', 'location'],
  'call.received': ['safe', 'token', 'location'],
  'call.status': ['safe', 'token', 'location', 'media'],
  'call.gather': ['safe', 'token', 'text', 'location'],
  'call.recording': ['safe', 'token', 'media'],
  'transcription.completed': ['safe', 'token', 'text', 'location', 'media'],
  'transcription.realtime': ['safe', 'token', 'text', 'attributes'],
  'conversation.message.added': ['safe', 'token', 'text', 'media', 'attributes'],
  'conversation.message.updated': ['safe', 'token', 'text', 'media', 'attributes'],
  'conversation.message.removed': ['safe', 'token', 'text', 'media', 'attributes'],
  'conversation.participant': ['safe', 'token', 'attributes'],
  'conversation.updated': ['safe', 'token', 'attributes'],
  'conversation.event': ['safe', 'token', 'text', 'media', 'attributes'],
  'stream.event': ['safe', 'token', 'text', 'location', 'media', 'attributes'],
}

/** What an audit record carries (src/delivery/envelope.ts `auditEnvelopeOf`): the purpose is a reason code sent as text. */
const AUDIT_FIELD_KINDS: readonly FieldKind[] = ['safe', 'token', 'text']

/** The routes Twilio calls, with the channels and event types each produces (src/twilio/payloads.ts). */
export const INGEST_FLOWS: readonly { route: string; channels: readonly Channel[]; types: readonly EventKind[] }[] = [
  {
    route: '/twilio/messaging',
    channels: ['sms', 'mms', 'whatsapp', 'other'],
    types: ['message.received', 'message.status'],
  },
  {
    route: '/twilio/voice',
    channels: ['voice'],
    types: ['call.received', 'call.status', 'call.gather', 'call.recording'],
  },
  {
    route: '/twilio/transcriptions',
    channels: ['voice'],
    types: ['transcription.completed', 'transcription.realtime'],
  },
  {
    route: '/twilio/conversations',
    channels: ['chat'],
    // biome-ignore format: packed list
    types: [
      'conversation.message.added', 'conversation.message.updated', 'conversation.message.removed',
      'conversation.participant', 'conversation.updated', 'conversation.event',
    ],
  },
  {
    route: '/twilio/events',
    channels: ['sms', 'mms', 'whatsapp', 'chat', 'voice', 'other'],
    // biome-ignore format: packed list
    types: [
      'message.received', 'message.status', 'conversation.message.added', 'conversation.message.updated',
      'conversation.message.removed', 'conversation.participant', 'conversation.updated', 'conversation.event',
      'call.status', 'stream.event',
    ],
  },
]

/** One destination receiving one event type. */
export interface FlowTarget {
  destination: string
  adapter: AdapterName
  baa: boolean
  /** Field kinds that reach this destination for this event type. */
  receives: FieldKind[]
  /** The destination's `fields` allowlist, when it narrows `receives` further by field name. */
  fields?: string[]
  timestamps: 'exact' | 'year'
  /** Scrubbed free text goes to a destination without a BAA (`allowFreeText: true`): residual-recall risk. */
  freeTextWithoutBaa: boolean
}

/** One event type of one route. */
export interface EventFlow {
  type: string
  /** Field kinds the event type can carry before any destination filter. */
  carries: FieldKind[]
  destinations: FlowTarget[]
}

/** The flows of one route. */
export interface RouteFlow {
  route: string
  channels: string[]
  events: EventFlow[]
}

/** A flow that needs a decision from the privacy officer. */
export interface FlowWarning {
  route: string
  type: string
  destination: string
  problem: 'free-text-without-baa'
  /** The account (clinic) whose flow it is, for a destination scoped by `accounts`. */
  account?: string
}

/** The flows of one Twilio account (a clinic's subaccount), or of every account no setting names. */
export interface AccountFlows {
  unknownFields: 'drop' | 'scrub'
  routes: RouteFlow[]
  warnings: FlowWarning[]
  /** Event types no destination receives (de-identified, then acknowledged and dropped). */
  unrouted: string[]
}

/**
 * The whole inventory: at the top level the flows of an account no destination or policy names (destinations without
 * `accounts` only), and per named account its own flows (its scoped destinations and the unscoped ones, its policy).
 */
export interface DataflowInventory extends AccountFlows {
  /** Every flagged flow: the top level's, then each account's through a destination scoped to it. */
  warnings: FlowWarning[]
  accounts: Record<string, AccountFlows>
}

/** Per-account settings the inventory takes into account. */
export interface AccountOptions {
  /** Accounts whose policy sets its own `unknownFields` (PHI_POLICY `accounts`). */
  unknownFields?: Readonly<Record<string, 'drop' | 'scrub'>>
  /** Only these accounts (a key bound to tenants); each is listed even when no setting names it. */
  only?: ReadonlySet<string>
}

/**
 * Builds the inventory for a set of destinations and the policy's handling of unknown fields, with one section per
 * account that a destination or the policy names (or, with `only`, per account asked for).
 */
export function dataflowInventory(
  destinations: readonly Destination[],
  unknownFields: 'drop' | 'scrub',
  options: AccountOptions = {},
): DataflowInventory {
  const perAccount = options.unknownFields ?? {}
  const shared = accountFlows(
    destinations.filter((d) => d.accounts === undefined),
    unknownFields,
  )
  const named = options.only ?? new Set([...destinations.flatMap((d) => d.accounts ?? []), ...Object.keys(perAccount)])
  const accounts: Record<string, AccountFlows> = {}
  const warnings = [...shared.warnings]
  // An account's flow through an unscoped destination is flagged once, at the top level, unless only its policy
  // (unknown fields scrubbed) makes it one.
  const flagged = new Set(warnings.map((w) => `${w.route} ${w.type} ${w.destination}`))
  for (const account of [...named].sort()) {
    const own = Object.hasOwn(perAccount, account) ? (perAccount[account] as 'drop' | 'scrub') : unknownFields
    const flows = accountFlows(
      destinations.filter((d) => coversAccount(d.accounts, account)),
      own,
      account,
    )
    accounts[account] = flows
    warnings.push(...flows.warnings.filter((w) => !flagged.has(`${w.route} ${w.type} ${w.destination}`)))
  }
  return { ...shared, warnings, accounts }
}

function accountFlows(
  destinations: readonly Destination[],
  unknownFields: 'drop' | 'scrub',
  account?: string,
): AccountFlows {
  const warnings: FlowWarning[] = []
  const routed = new Set<string>()
  const flowsOf = (route: string, type: string, carries: readonly FieldKind[]): EventFlow => {
    const targets = destinations.filter((d) => subscribes(d, type)).map((d) => targetOf(d, carries))
    for (const t of targets) {
      if (!t.freeTextWithoutBaa) continue
      warnings.push({
        route,
        type,
        destination: t.destination,
        problem: 'free-text-without-baa',
        ...(account ? { account } : {}),
      })
    }
    if (targets.length > 0) routed.add(type)
    return { type, carries: [...carries], destinations: targets }
  }
  const routes: RouteFlow[] = INGEST_FLOWS.map(({ route, channels, types }) => ({
    route,
    channels: [...channels],
    events: types.map((type) => flowsOf(route, type, withUnknown(EVENT_FIELD_KINDS[type], unknownFields))),
  }))
  routes.push({
    route: '/v1 (admin API audit records)',
    channels: ['audit'],
    events: [flowsOf('/v1', 'audit.*', AUDIT_FIELD_KINDS)],
  })
  const allTypes = [...new Set([...INGEST_FLOWS.flatMap((f) => f.types), 'audit.*'])]
  return { unknownFields, routes, warnings, unrouted: allTypes.filter((t) => !routed.has(t)) }
}

function targetOf(destination: Destination, carries: readonly FieldKind[]): FlowTarget {
  const receives = carries.filter((kind) => allowsKind(destination, kind))
  return {
    destination: destination.name,
    adapter: destination.options.adapter,
    baa: destination.baa,
    receives,
    ...(destination.fields ? { fields: [...destination.fields] } : {}),
    timestamps: destination.timestamps ?? 'exact',
    freeTextWithoutBaa: !destination.baa && receives.includes('text'),
  }
}

function withUnknown(kinds: readonly FieldKind[], unknownFields: 'drop' | 'scrub'): FieldKind[] {
  const all = unknownFields === 'scrub' && !kinds.includes('text') ? [...kinds, 'text' as const] : [...kinds]
  return FIELD_KINDS.filter((k) => all.includes(k))
}

/**
 * The inventory as a plain-text table (one line per destination of each flow), for `npm run dataflow`: the flows of
 * any account first, then each named account's.
 */
export function formatInventory(inventory: DataflowInventory): string {
  const named = Object.entries(inventory.accounts)
  const lines: string[] = []
  if (named.length > 0) lines.push('Every account no destination or policy names:', '')
  lines.push(...flowLines(inventory))
  for (const [account, flows] of named) lines.push(`Account ${account}:`, '', ...flowLines(flows))
  lines.push(
    inventory.warnings.length === 0
      ? 'No free text reaches a destination without a BAA.'
      : `${inventory.warnings.length} flow(s) send free text to a destination without a BAA.`,
  )
  if (inventory.unrouted.length) lines.push(`Not forwarded anywhere: ${inventory.unrouted.join(', ')}`)
  for (const [account, flows] of named) {
    if (flows.unrouted.length) lines.push(`Not forwarded anywhere from ${account}: ${flows.unrouted.join(', ')}`)
  }
  return `${lines.join('\n')}\n`
}

function flowLines(inventory: AccountFlows): string[] {
  const lines: string[] = [`unknown fields: ${inventory.unknownFields}`, '']
  for (const route of inventory.routes) {
    lines.push(`${route.route}  (channels: ${route.channels.join(', ')})`)
    for (const event of route.events) {
      if (event.destinations.length === 0) {
        lines.push(`  ${event.type.padEnd(30)} -> (no destination)`)
        continue
      }
      for (const t of event.destinations) {
        const flag = t.freeTextWithoutBaa ? '   !! free text without BAA' : ''
        const fields = t.fields ? ` fields=${t.fields.join(',')}` : ''
        const baa = t.baa ? 'BAA' : 'no BAA'
        lines.push(
          `  ${event.type.padEnd(30)} -> ${t.destination} [${t.adapter}, ${baa}] ${t.receives.join(', ')}${fields}${flag}`,
        )
      }
    }
    lines.push('')
  }
  return lines
}
