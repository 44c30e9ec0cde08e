/**
 * Normalized event + policy + Tokenizer → de-identified event. Free text is scrubbed span by span,
 * parties and names become tokens, locations are dropped or generalised, media URLs tokenized,
 * attributes scrubbed recursively, unknown fields dropped (or scrubbed). One tokenize() call per event.
 */
import type { CleanEvent, FieldKind } from '../model/clean'
import type { Channel, NormalizedEvent } from '../model/normalized'
import { createDetectCache, detect, namesIn, type DetectCache, type Detection } from './detect'
import { NUMBER_BACKSTOP } from './detectors/numbers'
import type { Span } from './detectors/types'
import { DEFAULT_POLICY, type PhiPolicy } from './policy'
import { knownSpans, mergeSpans, wordsToRemember, type KnownIdentifiers } from './known'
import { countSpans, LABELS, render, replacement, zip3 } from './transform'
import { isEnglishWord, isFirstName, isSurname } from './lexicon'
import type { PhiType, Tokenizer, TokenRequest } from './types'

const TOKEN = /^tok_[A-Za-z0-9]{16,64}$/
const ATTRIBUTE_DIGITS = 5
// JSON keys shaped like schema (snake_case, camelCase, lower-case words, dotted paths) are kept;
// any other key (a capitalised word, spaces, punctuation) is scrubbed like text, since it may be a name.
const SCHEMA_KEY = /^(?:[a-z][a-z0-9]*(?:[_.-]?[A-Za-z0-9]+)*|[A-Z][a-z0-9]*(?:[A-Z_][A-Za-z0-9]*)+|[A-Z0-9_]+)$/

/** Collects token requests for one event so the vault is asked once. */
class TokenBatch {
  readonly requests: TokenRequest[] = []
  private readonly index = new Map<string, number>()
  private tokens: Array<string | null> = []

  /** Registers a value; returns a handle to read its token after {@link resolve}. */
  add(type: PhiType, value: string, canonical?: string): number {
    if ((type === 'PHONE' || type === 'FAX') && canonical && /^\d{10}$/.test(canonical)) canonical = `1${canonical}`
    const key = `${type}\u0000${canonical ?? value}`
    const hit = this.index.get(key)
    if (hit !== undefined) return hit
    const handle = this.requests.length
    this.requests.push(canonical ? { type, value, canonical } : { type, value })
    this.index.set(key, handle)
    return handle
  }

  async resolve(tokenizer: Tokenizer): Promise<void> {
    if (this.requests.length === 0) return
    const tokens = await tokenizer.tokenize(this.requests)
    const valid = (t: unknown) => t === null || (typeof t === 'string' && TOKEN.test(t))
    if (!Array.isArray(tokens) || tokens.length !== this.requests.length || !tokens.every(valid)) {
      // A vault answering with anything but tokens (or null: redact) must never let a value through.
      throw new Error('tokenizer returned an invalid answer')
    }
    this.tokens = tokens
  }

  /** The value's token, or undefined when the vault declined to tokenize it (the caller redacts). */
  token(handle: number): string | undefined {
    const t = this.tokens[handle]
    if (t === undefined) throw new Error('token missing')
    return t ?? undefined
  }
}

/** A scrubbed text whose tokens are filled in once the batch resolves. */
interface PendingText {
  detection: Detection
  handles: Array<number | undefined>
}

function canonicalFor(span: Span, text: string): string | undefined {
  if (span.canonical) return span.canonical
  const value = text.slice(span.start, span.end)
  if (
    span.type === 'NAME' ||
    span.type === 'CITY' ||
    span.type === 'STREET' ||
    span.type === 'EMAIL' ||
    span.type === 'URL'
  ) {
    return value.toLowerCase().replace(/\s+/g, ' ').trim()
  }
  if (span.type === 'PHONE' || span.type === 'FAX' || span.type === 'SSN') return value.replace(/\D/g, '') || undefined
  return undefined
}

function plan(detection: Detection, policy: PhiPolicy, batch: TokenBatch): PendingText {
  const handles = detection.spans.map((s) => {
    if (policy.actions[s.type] !== 'tokenize' || s.source === NUMBER_BACKSTOP) return undefined
    return batch.add(s.type, detection.text.slice(s.start, s.end), canonicalFor(s, detection.text))
  })
  return { detection, handles }
}

function finish(
  pending: PendingText,
  policy: PhiPolicy,
  batch: TokenBatch | undefined,
  counts: Record<string, number>,
): string {
  const { detection, handles } = pending
  if (detection.failed) {
    counts.OTHER = (counts.OTHER ?? 0) + 1
    return '[REDACTED]'
  }
  countSpans(counts, detection.spans)
  return render(detection.text, detection.spans, (s, i) => {
    const handle = handles[i]
    const token = handle !== undefined && batch ? batch.token(handle) : undefined
    // A number no context claimed is a guess: redacted, never minted into the vault.
    return replacement(s, s.source === NUMBER_BACKSTOP ? 'redact' : policy.actions[s.type], detection.text, token)
  })
}

// Redact-mode actions of frozen action tables (DEFAULT_POLICY's), built once instead of on every scrubText call.
const redactActionsOf = new WeakMap<PhiPolicy['actions'], PhiPolicy['actions']>()

/** The actions with tokenize turned into redact. */
function redactActions(actions: PhiPolicy['actions']): PhiPolicy['actions'] {
  const frozen = Object.isFrozen(actions)
  const cached = frozen ? redactActionsOf.get(actions) : undefined
  if (cached) return cached
  const out = Object.fromEntries(
    Object.entries(actions).map(([k, v]) => [k, v === 'tokenize' ? 'redact' : v]),
  ) as PhiPolicy['actions']
  if (frozen) redactActionsOf.set(actions, Object.freeze(out))
  return out
}

/** A detection with the spans of known identifiers (roster, sender memory) merged in. */
export function withKnown(detection: Detection, known: KnownIdentifiers | undefined): Detection {
  if (!known || detection.failed || detection.text.length === 0) return detection
  try {
    const extra = knownSpans(detection.text, known, detection.spans)
    return extra.length === 0 ? detection : { ...detection, spans: mergeSpans(detection.spans, extra) }
  } catch {
    // Fail closed like a detector failure: the whole text is withheld rather than forwarded unmatched.
    return { ...detection, failed: true }
  }
}

/** Scrubs one free text in redact mode (no vault): used by `npm run eval` and the benchmarks. */
export function scrubText(
  text: string,
  options: { channel?: Channel; knownNames?: readonly string[]; policy?: PhiPolicy; known?: KnownIdentifiers } = {},
): {
  text: string
  redactions: Record<string, number>
  /** Name words found with confidence (see `wordsToRemember`): what a sender memory keeps. */
  remembered: string[]
} {
  const policy = options.policy ?? DEFAULT_POLICY
  const detected = detect(text, { channel: options.channel ?? 'other', knownNames: options.knownNames ?? [] })
  const detection = withKnown(detected, options.known)
  const counts: Record<string, number> = {}
  const redactPolicy: PhiPolicy = { ...policy, actions: redactActions(policy.actions) }
  const out = finish({ detection, handles: [] }, redactPolicy, undefined, counts)
  return { text: out, redactions: counts, remembered: wordsToRemember([detected], [], options.knownNames ?? []) }
}

/** The token type and canonical form of a party (a phone number, an e-mail, a channel address). */
export function partyType(value: string): { type: PhiType; canonical?: string } {
  const v = value.trim()
  const bare = v.replace(/^(?:whatsapp|messenger|sms|tel|rcs):/i, '')
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(bare)) return { type: 'EMAIL', canonical: bare.toLowerCase() }
  const digits = bare.replace(/\D/g, '')
  if (/^\+?[\d\s().-]{7,}$/.test(bare) && digits.length >= 7) return { type: 'PHONE', canonical: digits }
  return { type: 'OTHER' }
}

/** Attribute walker state: limits fail closed. */
interface Walk {
  nodes: number
  overflow: boolean
}

type AttrNode =
  | { kind: 'text'; pending: PendingText }
  | { kind: 'token'; handle: number; type: PhiType }
  | { kind: 'value'; value: unknown }
  | { kind: 'array'; items: AttrNode[] }
  | { kind: 'object'; entries: Array<[AttrNode, AttrNode]> }
  | { kind: 'redacted' }

/** The scrubbing context of one event. */
interface EventContext {
  policy: PhiPolicy
  batch: TokenBatch
  channel: Channel
  knownNames: string[]
  texts: PendingText[]
  cache: DetectCache
  known: KnownIdentifiers | undefined
}

function scanText(ctx: EventContext, value: string): PendingText {
  const detection = detect(value, { channel: ctx.channel, knownNames: ctx.knownNames, cache: ctx.cache })
  const pending = plan(withKnown(detection, ctx.known), ctx.policy, ctx.batch)
  ctx.texts.push(pending)
  return pending
}

function walkAttribute(ctx: EventContext, value: unknown, depth: number, walk: Walk): AttrNode {
  walk.nodes += 1
  if (walk.nodes > ctx.policy.maxAttributeNodes || depth > ctx.policy.maxAttributeDepth) {
    walk.overflow = true
    return { kind: 'redacted' }
  }
  if (value === null || typeof value === 'boolean') return { kind: 'value', value }
  if (typeof value === 'number') {
    // Long integers in JSON are identifiers as often as counts: tokenize them.
    if (Number.isFinite(value) && Math.abs(Math.trunc(value)).toString().length >= ATTRIBUTE_DIGITS) {
      return { kind: 'token', handle: ctx.batch.add('OTHER', String(value)), type: 'OTHER' }
    }
    return { kind: 'value', value }
  }
  if (typeof value === 'string') return { kind: 'text', pending: scanText(ctx, value) }
  if (Array.isArray(value)) return { kind: 'array', items: value.map((v) => walkAttribute(ctx, v, depth + 1, walk)) }
  if (typeof value === 'object') {
    const entries: Array<[AttrNode, AttrNode]> = []
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const key: AttrNode =
        SCHEMA_KEY.test(k) && !/\d{5}/.test(k)
          ? { kind: 'value', value: k }
          : { kind: 'text', pending: scanText(ctx, k) }
      entries.push([key, walkAttribute(ctx, v, depth + 1, walk)])
    }
    return { kind: 'object', entries }
  }
  return { kind: 'redacted' }
}

function buildAttribute(node: AttrNode, ctx: EventContext, counts: Record<string, number>): unknown {
  switch (node.kind) {
    case 'text':
      return finish(node.pending, ctx.policy, ctx.batch, counts)
    case 'token': {
      counts[node.type] = (counts[node.type] ?? 0) + 1
      const token = ctx.batch.token(node.handle)
      return token ? `[${LABELS[node.type]}:${token}]` : `[${LABELS[node.type]}]`
    }
    case 'value':
      return node.value
    case 'array':
      return node.items.map((n) => buildAttribute(n, ctx, counts))
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [k, v] of node.entries) {
        const key = String(buildAttribute(k, ctx, counts))
        out[key in out ? `${key}#${Object.keys(out).length}` : key] = buildAttribute(v, ctx, counts)
      }
      return out
    }
    case 'redacted':
      counts.OTHER = (counts.OTHER ?? 0) + 1
      return '[REDACTED]'
  }
}

// Caller-ID placeholders carriers put in CallerName instead of a name.
const CALLER_ID_WORDS = new Set([
  'wireless',
  'caller',
  'unknown',
  'anonymous',
  'restricted',
  'unavailable',
  'private',
  'blocked',
  'name',
  'number',
  'cell',
  'phone',
  'mobile',
  'toll',
  'free',
  'out',
  'of',
  'area',
])

/** String leaves of JSON values (keys included), within the policy's limits. */
function stringLeaves(values: unknown[], policy: PhiPolicy): string[] {
  const out: string[] = []
  const stack: Array<[unknown, number]> = values.map((v) => [v, 0])
  let nodes = 0
  while (stack.length > 0 && nodes < policy.maxAttributeNodes) {
    const [v, depth] = stack.pop()!
    nodes += 1
    if (depth > policy.maxAttributeDepth) continue
    if (typeof v === 'string') out.push(v)
    else if (Array.isArray(v)) for (const x of v) stack.push([x, depth + 1])
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (!SCHEMA_KEY.test(k)) out.push(k)
        stack.push([x, depth + 1])
      }
    }
  }
  return out
}

function knownNamesOf(event: NormalizedEvent): string[] {
  // Metadata names seed propagation word by word; Twilio's "WIRELESS CALLER" or a caller-ID city must not
  // remove "caller" or "san" from the message, so everyday words count only when they are also names.
  const out: string[] = []
  for (const f of event.names) {
    if (typeof f.value !== 'string') continue
    for (const w of f.value.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) {
      if (w.length < 2 || /^\d+$/.test(w)) continue
      if (CALLER_ID_WORDS.has(w) || (isEnglishWord(w) && !isFirstName(w) && !isSurname(w))) continue
      if (!out.includes(w)) out.push(w)
    }
  }
  return out
}

/** Options of {@link deidentify}: what is known of the patient beyond this event. */
export interface DeidentifyOptions {
  /** Name words remembered for the sender or conversation; they propagate like the event's own names. */
  knownNames?: readonly string[]
  /** Roster and remembered identifiers, matched word by word (everyday words only in name-shaped positions). */
  known?: KnownIdentifiers
  /** Receives the name words of this event worth remembering for its sender (see `wordsToRemember`). */
  onRemember?: (words: string[]) => void
}

/** De-identifies one event. Rejects when the tokenizer does (callers fail closed). */
export async function deidentify(
  event: NormalizedEvent,
  policy: PhiPolicy,
  tokenizer: Tokenizer,
  options: DeidentifyOptions = {},
): Promise<CleanEvent> {
  const effective = policy && policy.actions ? policy : DEFAULT_POLICY
  const batch = new TokenBatch()
  const counts: Record<string, number> = {}
  const data: Record<string, unknown> = {}
  const fields: Record<string, FieldKind> = {}
  const tokens: Record<string, string> = {}

  // Names found in any free text of the event are removed from all of them: a first pass collects them.
  const free = [...event.text, ...(effective.unknownFields === 'scrub' ? event.unknown : [])]
  const ownNames = knownNamesOf(event)
  const eventNames = [...ownNames, ...(options.knownNames ?? []).filter((w) => !ownNames.includes(w))]
  // Each text is scanned once: later detections of the same text only redo propagation with more names.
  const cache = createDetectCache()
  const firstPass = free.map((f) => detect(f.value, { channel: event.channel, knownNames: eventNames, cache }))
  const perField = firstPass.map((d) => new Set(namesIn(d)))
  const knownNames = [...eventNames]
  for (const names of perField) for (const w of names) if (!knownNames.includes(w)) knownNames.push(w)
  // Names inside JSON attributes ({"name": "…"}) are removed from the free text too.
  const attributeNames = new Set<string>()
  const leafDetections: Detection[] = []
  for (const leaf of stringLeaves(
    event.attributes.map((a) => a.value),
    effective,
  )) {
    const detection = detect(leaf, { channel: event.channel, knownNames: eventNames, cache })
    leafDetections.push(detection)
    for (const w of namesIn(detection)) attributeNames.add(w)
  }
  for (const w of attributeNames) if (!knownNames.includes(w)) knownNames.push(w)
  options.onRemember?.(wordsToRemember([...firstPass, ...leafDetections], ownNames, options.knownNames ?? []))
  const ctx: EventContext = {
    policy: effective,
    batch,
    channel: event.channel,
    knownNames,
    texts: [],
    cache,
    known: options.known,
  }

  for (const [name, value] of Object.entries(event.safe)) {
    data[name] = value
    fields[name] = 'safe'
  }
  const partyHandles = event.parties.map((f) => {
    const { type, canonical } = partyType(f.value)
    return { f, type, handle: batch.add(type, f.value, canonical) }
  })
  const nameHandles = event.names.map((f) => ({
    f,
    handle: batch.add('NAME', f.value, f.value.trim().toLowerCase().replace(/\s+/g, ' ')),
  }))
  const mediaHandles = event.media.map((f) => ({ f, handle: batch.add('URL', f.value) }))
  // A field whose first pass already saw every name found elsewhere keeps that detection.
  const textPending = free.map((f, i) => {
    const own = perField[i]!
    const missing =
      perField.some((names, j) => j !== i && [...names].some((w) => !own.has(w))) ||
      [...attributeNames].some((w) => !own.has(w))
    if (missing) return { f, pending: scanText(ctx, f.value) }
    const pending = plan(withKnown(firstPass[i]!, ctx.known), ctx.policy, ctx.batch)
    ctx.texts.push(pending)
    return { f, pending }
  })
  const attributeNodes = event.attributes.map((a) => {
    const walk: Walk = { nodes: 0, overflow: false }
    const node = walkAttribute(ctx, a.value, 0, walk)
    return { a, node: walk.overflow ? ({ kind: 'redacted' } as AttrNode) : node }
  })

  await batch.resolve(tokenizer)

  for (const { f, type, handle } of partyHandles) {
    // A field Twilio repeats (Group MMS bindings: MessagingBinding.Address) keeps every value's token, in order.
    const token = batch.token(handle) ?? `[${LABELS[type]}]`
    const previous = data[f.name]
    data[f.name] = previous === undefined ? token : Array.isArray(previous) ? [...previous, token] : [previous, token]
    fields[f.name] = 'token'
    tokens[f.name] = type
    counts[type] = (counts[type] ?? 0) + 1
  }
  for (const { f, handle } of nameHandles) {
    data[f.name] = batch.token(handle) ?? `[${LABELS.NAME}]`
    fields[f.name] = 'token'
    tokens[f.name] = 'NAME'
    counts.NAME = (counts.NAME ?? 0) + 1
  }
  for (const { f, handle } of mediaHandles) {
    data[f.name] = batch.token(handle) ?? `[${LABELS.URL}]`
    fields[f.name] = 'media'
    tokens[f.name] = 'URL'
    counts.URL = (counts.URL ?? 0) + 1
  }
  for (const loc of event.location) {
    if (loc.kind === 'state' || loc.kind === 'country') {
      data[loc.name] = loc.value
      fields[loc.name] = 'location'
      continue
    }
    if (loc.kind === 'zip' && effective.locationZip === 'zip3') {
      const z = zip3(loc.value)
      counts.ZIP = (counts.ZIP ?? 0) + 1
      if (z) {
        data[loc.name] = z
        fields[loc.name] = 'location'
      }
      continue
    }
    const type: PhiType =
      loc.kind === 'zip' ? 'ZIP' : loc.kind === 'city' ? 'CITY' : loc.kind === 'address' ? 'STREET' : 'OTHER'
    counts[type] = (counts[type] ?? 0) + 1
  }
  for (const { f, pending } of textPending) {
    data[f.name] = finish(pending, effective, batch, counts)
    fields[f.name] = 'text'
  }
  for (const { a, node } of attributeNodes) {
    data[a.name] = buildAttribute(node, ctx, counts)
    fields[a.name] = 'attributes'
  }
  if (effective.unknownFields === 'drop') counts.OTHER = (counts.OTHER ?? 0) + event.unknown.length

  return {
    product: event.product,
    kind: event.kind,
    channel: event.channel,
    resourceSid: event.resourceSid,
    discriminator: event.discriminator,
    sids: { ...event.sids },
    occurredAt: event.occurredAt,
    data,
    fields,
    tokens,
    redactions: counts,
  }
}
