// The ops console (docs/console.md). Plain browser JavaScript, no framework, no third party, no inline script.
// The admin key lives only in the `session` variable below: never in a cookie, Web Storage or a URL,
// so reloading the tab signs out. Everything the server sends is written with textContent, never parsed as HTML.

const IDLE_SIGN_OUT_MS = 15 * 60 * 1000
const METRICS_EVERY_MS = 15 * 1000
const REVEAL_SHOWN_MS = 60 * 1000
const AUDIT_PAGE = 50

/** @type {{ key: string } | null} */
let session = null
let idleTimer = 0
let metricsTimer = 0
let revealTimer = 0
let auditNext = null

const $ = (id) => document.getElementById(id)

/** An element with text and children; attributes set as properties (no HTML is ever parsed). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) {
    if (name === 'dataset') Object.assign(node.dataset, value)
    else node[name] = value
  }
  for (const child of children) node.append(child instanceof Node ? child : String(child ?? ''))
  return node
}

/** Replaces a container's content. */
function show(container, ...nodes) {
  container.replaceChildren(...nodes)
}

/** A table of rows (arrays of cells) under a header. */
function table(header, rows, className = '') {
  return el(
    'table',
    { className },
    el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, cell))))),
  )
}

function message(text, kind = 'note') {
  return el('p', { className: kind }, text)
}

/** Why a call failed, in words: the status and the API's error code, never anything the caller sent. */
function failure(res, body) {
  if (res.status === 0) return 'The worker cannot be reached.'
  const code = body && typeof body.error === 'string' ? ` ${body.error}` : ''
  const detail = body && typeof body.detail === 'string' ? `: ${body.detail}` : ''
  if (res.status === 403) return `This key lacks the scope for this panel (${body?.scope ?? 'forbidden'}).`
  if (res.status === 429) return `Too many requests (${body?.error ?? 'rate-limited'}); try again later.`
  return `HTTP ${res.status}${code}${detail}`
}

/**
 * Calls the worker with the key. A 401 means the key was refused or has expired: the console signs out. Answers
 * `{ res, body }` with the body parsed as JSON when it is JSON.
 */
async function api(path, init = {}) {
  if (!session) throw new Error('signed out')
  const headers = { Authorization: `Bearer ${session.key}` }
  if (init.body) headers['Content-Type'] = 'application/json'
  let res
  try {
    const options = { cache: 'no-store', credentials: 'same-origin', referrerPolicy: 'no-referrer' }
    res = await fetch(path, { ...init, ...options, headers })
  } catch {
    // The worker (or Access in front of it) could not be reached: a status no server sends.
    return { res: { status: 0 }, body: null }
  }
  let body = null
  if ((res.headers.get('Content-Type') ?? '').includes('application/json')) body = await res.json().catch(() => null)
  else await res.text().catch(() => '')
  if (res.status === 401 && session) signOut('The key was refused or has expired: signed out.')
  return { res, body }
}

// ---------------------------------------------------------------------------------------------------- session

async function signIn(event) {
  event.preventDefault()
  const input = $('key')
  const key = input.value.trim()
  input.value = ''
  const status = $('sign-in-status')
  if (!key) return
  status.textContent = 'Checking the key…'
  // Any admin call tells a known key (200 or 403) from an unknown one (401); /v1/dataflow also fills the config panel.
  session = { key }
  const { res, body } = await api('/v1/dataflow')
  if (res.status !== 200 && res.status !== 403) {
    session = null
    status.textContent = res.status === 401 ? 'Unknown or expired key.' : failure(res, body)
    return
  }
  status.textContent = ''
  $('sign-in-panel').hidden = true
  $('console').hidden = false
  $('session').hidden = false
  touch()
  renderConfig(res, body)
  refreshReady()
  refreshMetrics()
  metricsTimer = setInterval(() => {
    if (document.visibilityState === 'visible') refreshMetrics()
  }, METRICS_EVERY_MS)
  refreshDeadLetters()
  searchAudit()
}

/** Forgets the key and clears every panel (revealed values included). */
function signOut(reason = 'Signed out.') {
  session = null
  clearTimeout(idleTimer)
  clearInterval(metricsTimer)
  clearTimeout(revealTimer)
  auditNext = null
  const panels = ['ready', 'config', 'metrics', 'dead-letters', 'audit', 'scrub-findings', 'reveal-output']
  for (const id of panels) show($(id))
  $('scrub-output').textContent = ''
  for (const id of ['scrub-form', 'reveal-form', 'audit-filter']) $(id).reset()
  show($('scrub-destination'), el('option', { value: '' }, '(policy only)'))
  $('audit-more').hidden = true
  $('console').hidden = true
  $('session').hidden = true
  $('sign-in-panel').hidden = false
  $('sign-in-status').textContent = reason
  $('key').focus()
}

/** Activity keeps the session; 15 minutes without any signs out. */
function touch() {
  if (!session) return
  clearTimeout(idleTimer)
  idleTimer = setTimeout(() => signOut('Signed out after 15 minutes without activity.'), IDLE_SIGN_OUT_MS)
}

// ------------------------------------------------------------------------------------------ readiness, config

async function refreshReady() {
  const container = $('ready')
  // /ready needs no key; asked like any other call (no-store, no referrer).
  const res = await fetch('/ready', { cache: 'no-store', referrerPolicy: 'no-referrer' }).catch(() => null)
  if (!res) return show(container, message('The worker cannot be reached.', 'error'))
  const body = await res.json().catch(() => null)
  if (body?.status === 'ready') {
    return show(container, el('p', { className: 'ok' }, 'Ready: configuration valid, every binding answers.'))
  }
  const failing = Array.isArray(body?.failing) ? body.failing.join(', ') : `HTTP ${res.status}`
  show(container, el('p', { className: 'error' }, `Not ready. Failing: ${failing}`))
}

/** The data-flow inventory: destinations, BAA, warnings; names and kinds only (the API sends no secret or URL). */
function renderConfig(res, body) {
  const container = $('config')
  if (res.status !== 200 || !body) return show(container, message(failure(res, body), 'error'))
  const destinations = new Map()
  for (const route of body.routes ?? []) {
    for (const flow of route.events ?? []) {
      for (const target of flow.destinations ?? []) {
        const fresh = { adapter: target.adapter, baa: target.baa, types: new Set() }
        const entry = destinations.get(target.destination) ?? fresh
        entry.types.add(flow.type)
        destinations.set(target.destination, entry)
      }
    }
  }
  const describe = ([name, d]) => [name, d.adapter, d.baa ? 'yes' : 'no', [...d.types].sort().join(', ')]
  const rows = [...destinations].map(describe)
  const warnings = (body.warnings ?? []).map((w) => [w.destination, w.type, w.route, w.problem])
  const unrouted = (body.unrouted ?? []).join(', ') || 'none'
  show(
    container,
    el('p', {}, `Unknown fields: ${body.unknownFields}. Destinations: ${destinations.size}.`),
    rows.length ? table(['destination', 'adapter', 'BAA', 'event types'], rows) : message('No destination receives events.'),
    warnings.length
      ? el('div', {}, el('h3', {}, 'Warnings'), table(['destination', 'event type', 'route', 'problem'], warnings, 'warn'))
      : message('No data-flow warning.'),
    el('p', { className: 'note' }, `Event types no destination receives: ${unrouted}`),
  )
  const options = [...destinations.keys()].sort().map((name) => el('option', { value: name }, name))
  show($('scrub-destination'), el('option', { value: '' }, '(policy only)'), ...options)
}

// ---------------------------------------------------------------------------------------------------- metrics

/** `GET /v1/metrics`: `{since, groups: {group: {label: number}}}`, each group as its own table. */
async function refreshMetrics() {
  if (!session) return
  const container = $('metrics')
  const { res, body } = await api('/v1/metrics')
  if (!session) return
  if (res.status === 404) {
    return show(container, message('Metrics not available on this worker (GET /v1/metrics answered 404).'))
  }
  if (res.status !== 200 || !body || typeof body.groups !== 'object') {
    return show(container, message(failure(res, body), 'error'))
  }
  const groups = Object.entries(body.groups ?? {})
  show(
    container,
    el('p', { className: 'note' }, `Counted since ${body.since ?? 'unknown'}`),
    ...(groups.length ? [] : [message('No counts yet.')]),
    ...groups.map(([group, counts]) => {
      const rows = Object.entries(counts ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([label, n]) => [label, typeof n === 'number' ? n.toLocaleString('en-US') : String(n)])
      return el('div', { className: 'group' }, el('h3', {}, group), table(['label', 'count'], rows, 'counts'))
    }),
  )
}

// ----------------------------------------------------------------------------------------------- dead letters

async function refreshDeadLetters() {
  if (!session) return
  const container = $('dead-letters')
  const { res, body } = await api('/v1/dead-letters?limit=100')
  if (!session) return
  if (res.status !== 200 || !body) return show(container, message(failure(res, body), 'error'))
  const items = body.items ?? []
  if (items.length === 0) return show(container, message('No dead letters.'))
  const rows = items.map((d) => [
    d.failedAt,
    d.destination,
    d.type,
    d.reason + (d.lastStatus ? ` (HTTP ${d.lastStatus})` : ''),
    String(d.attempts),
    el('code', {}, d.id),
    el('button', { type: 'button', className: 'replay', dataset: { id: d.id } }, 'Replay'),
  ])
  show(
    container,
    table(['failed at', 'destination', 'event type', 'reason', 'attempts', 'id', ''], rows, 'dead-letters'),
    ...(body.cursor ? [message('More dead letters exist than shown (first 100).')] : []),
  )
}

async function replay(id, button) {
  button.disabled = true
  const { res, body } = await api(`/v1/dead-letters/${encodeURIComponent(id)}/replay`, { method: 'POST' })
  const row = button.closest('tr')
  const cell = button.parentElement
  if (res.status === 202) {
    show(cell, el('span', { className: 'ok' }, 'Replayed'))
    row?.classList.add('replayed')
  } else {
    button.disabled = false
    cell.append(el('span', { className: 'error' }, ` ${failure(res, body)}`))
  }
}

// ------------------------------------------------------------------------------------------------ audit trail

function auditQuery(cursor) {
  const form = new FormData($('audit-filter'))
  const params = new URLSearchParams({ limit: String(AUDIT_PAGE) })
  for (const name of ['action', 'actor', 'outcome', 'token', 'from', 'to']) {
    const value = String(form.get(name) ?? '').trim()
    if (value) params.set(name, value)
  }
  if (cursor) params.set('cursor', cursor)
  return params
}

async function searchAudit(event, cursor = null) {
  event?.preventDefault()
  if (!session) return
  const container = $('audit')
  const { res, body } = await api(`/v1/audit?${auditQuery(cursor)}`)
  if (!session) return
  if (res.status !== 200 || !body) {
    $('audit-more').hidden = true
    return show(container, message(failure(res, body), 'error'))
  }
  const records = body.records ?? []
  auditNext = body.next
  $('audit-more').hidden = !auditNext
  const page = cursor ? ' (next page)' : ''
  const rows = records.map((r) => [
    String(r.seq),
    r.at,
    r.type,
    r.actor,
    r.purpose ?? '',
    r.outcome,
    r.reason ?? '',
    (r.tokens ?? []).join(' '),
    r.subject ?? '',
  ])
  show(
    container,
    el('p', { className: 'note' }, `${records.length} record(s), oldest first${page}. Values are never in the trail.`),
    table(['#', 'at', 'action', 'actor', 'purpose', 'outcome', 'reason', 'tokens', 'subject'], rows, 'audit'),
  )
}

// -------------------------------------------------------------------------------------------- scrub playground

async function scrub(event) {
  event.preventDefault()
  const form = new FormData($('scrub-form'))
  const destination = String(form.get('destination') ?? '')
  const request = { text: String(form.get('text') ?? ''), channel: String(form.get('channel') ?? 'sms') }
  if (destination) request.destination = destination
  const output = $('scrub-output')
  const findings = $('scrub-findings')
  output.textContent = 'Scrubbing…'
  show(findings)
  const { res, body } = await api('/v1/scrub', { method: 'POST', body: JSON.stringify(request) })
  if (!session) return
  if (res.status !== 200 || !body) {
    output.textContent = ''
    return show(findings, message(failure(res, body), 'error'))
  }
  output.textContent = body.receivesText === false ? '(this destination receives no free text: no BAA)' : body.text
  const rows = (body.findings ?? []).map((f) => [f.type, f.action, String(f.start), String(f.end)])
  show(findings, rows.length ? table(['type', 'action', 'start', 'end'], rows, 'findings') : message('Nothing found.'))
}

// ----------------------------------------------------------------------------------------------------- reveal

async function reveal(event) {
  event.preventDefault()
  const formElement = $('reveal-form')
  const form = new FormData(formElement)
  const token = String(form.get('token') ?? '').trim()
  const purpose = String(form.get('purpose') ?? '').trim()
  const output = $('reveal-output')
  clearTimeout(revealTimer)
  show(output)
  const request = { method: 'POST', body: JSON.stringify({ tokens: [token], purpose }) }
  const { res, body } = await api('/v1/detokenize', request)
  if (!session) return
  if (res.status !== 200 || !body) return show(output, message(failure(res, body), 'error'))
  const result = body.results?.[0]
  if (!result || result.error) return show(output, message(`Not revealed: ${result?.error ?? 'unknown'}`, 'error'))
  show(
    output,
    el('p', {}, `${result.token} (${result.type}): `, el('strong', { className: 'revealed' }, result.value)),
    el('p', { className: 'note' }, 'Audited. Shown for 60 seconds.'),
  )
  formElement.elements.token.value = ''
  revealTimer = setTimeout(() => show(output, message('The revealed value was cleared.')), REVEAL_SHOWN_MS)
}

// ----------------------------------------------------------------------------------------------------- wiring

function start() {
  $('sign-in').addEventListener('submit', signIn)
  $('sign-out').addEventListener('click', () => signOut())
  $('ready-refresh').addEventListener('click', refreshReady)
  $('metrics-refresh').addEventListener('click', refreshMetrics)
  $('dead-letters-refresh').addEventListener('click', refreshDeadLetters)
  $('dead-letters').addEventListener('click', (event) => {
    const button = event.target.closest('button.replay')
    if (button) replay(button.dataset.id, button)
  })
  $('audit-filter').addEventListener('submit', (event) => searchAudit(event))
  $('audit-more').addEventListener('click', () => searchAudit(null, auditNext))
  $('scrub-form').addEventListener('submit', scrub)
  $('reveal-form').addEventListener('submit', reveal)
  for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, touch, { passive: true })
  $('key').focus()
}

start()
