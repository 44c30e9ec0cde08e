// The admin CLI (`npx phi-firewall …`): plain Node ESM so npx runs it without a build step. Everything here takes its
// fetch, environment and output from the caller (bin/phi-firewall.mjs passes the process's), so tests run it against
// the real worker. Types: bin/cli.d.mts. Docs: docs/tools.md.
//
// PHI rules hold here too: a revealed value is printed only by `reveal --show`; nothing a server answered is echoed
// beyond its own fields; the API key comes from the environment only, never from the command line.

/** Exit codes by outcome. */
export const EXIT = Object.freeze({
  ok: 0,
  /** The worker refused or failed the call (400, 409, 422, 429, 5xx). */
  failed: 1,
  /** Bad command line or missing setting: nothing was sent. */
  usage: 2,
  /** The worker could not be reached. */
  unreachable: 3,
  /** No key, unknown key or missing scope (401, 403). */
  unauthorized: 4,
  /** Unknown token, dead letter or value (404, `{"found": false}`), or a route this worker does not have. */
  notFound: 5,
})

/** Scopes `keys create` accepts: the worker's ADMIN_SCOPES (src/config/admin.ts). */
export const SCOPES = Object.freeze([
  'detokenize',
  'messages',
  'erase',
  'dead-letters',
  'tokenize',
  'roster',
  'audit',
  'config',
  'metrics',
  'scrub',
])

const DEFAULT_URL = 'http://127.0.0.1:8787'
const TOKEN = /^tok_[A-Za-z0-9]{16,64}$/
const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/
const ACCOUNT_SID = /^AC[0-9a-f]{32}$/
// Same shape as src/delivery/dead-letters.ts: `<event id>.<destination>`.
const DEAD_LETTER_ID = /^evt_[0-9a-f]{64}\.[a-z0-9-]{1,64}$/

export const USAGE = `usage: npx phi-firewall <command> [options]

commands:
  keys create --id ID --scopes a,b [--tenants AC…,AC…] [--expires ISO-8601] [--reveals-per-minute N]
      makes a new admin API key: prints the key once and its ADMIN_API_KEYS entry (sha256, never the key)
  reveal TOKEN… --purpose CODE --show       POST /v1/detokenize: prints the values (--show is the confirmation)
  erase TOKEN [--purpose CODE]               POST /v1/tokens/erase: erases the token and its value
  dead-letters list [--limit N] [--cursor C] GET /v1/dead-letters
  dead-letters show ID                       GET /v1/dead-letters/ID
  dead-letters replay ID                     POST /v1/dead-letters/ID/replay
  audit export [--since ISO] [--until ISO]   GET /v1/audit/export: NDJSON audit records and the end line to stdout
  tokenize --type TYPE --purpose CODE [--account AC…] (VALUE | --stdin)
      POST /v1/tokenize: the existing token of a known value (never mints); --stdin keeps it out of shell history

options:
  --url URL   the worker (default PHI_FIREWALL_URL, else ${DEFAULT_URL})
  --json      print the worker's JSON answer
  -h, --help  this text

The admin API key is read from PHI_FIREWALL_API_KEY (never from the command line).
Exit codes: 0 ok, 1 refused or failed, 2 usage, 3 worker unreachable, 4 unauthorized or forbidden, 5 not found.`

/**
 * Runs one command line. `io` supplies `env`, `fetch`, `stdout(text)`, `stderr(text)` and optionally `stdin()`.
 * Resolves to the exit code; never throws for an expected failure.
 */
export async function run(argv, io) {
  const parsed = parseArgs(argv)
  if (parsed.error) return usage(io, parsed.error)
  const { words, flags } = parsed
  if (flags.help) {
    io.stdout(USAGE)
    return EXIT.ok
  }
  if (words.length === 0) return usage(io, 'which command?')
  const [command, sub, ...rest] = words
  if (command === 'keys' && sub === 'create') return createKey(flags, io)
  const client = connect(flags, io)
  if (client.error) return usage(io, client.error)
  switch (command) {
    case 'reveal':
      return reveal([sub, ...rest].filter(Boolean), flags, client, io)
    case 'erase':
      return erase([sub, ...rest].filter(Boolean), flags, client, io)
    case 'dead-letters':
      return deadLetters(sub, rest, flags, client, io)
    case 'audit':
      if (sub === 'export') return auditExport(flags, client, io)
      return usage(io, 'audit: the command is `audit export`')
    case 'tokenize':
      return tokenize([sub, ...rest].filter(Boolean), flags, client, io)
    default:
      return usage(io, `unknown command ${command}${sub && command === 'keys' ? ` ${sub}` : ''}`)
  }
}

const VALUE_FLAGS = new Set([
  'url',
  'id',
  'scopes',
  'tenants',
  'expires',
  'reveals-per-minute',
  'purpose',
  'limit',
  'cursor',
  'since',
  'until',
  'type',
  'account',
])
const BOOLEAN_FLAGS = new Set(['json', 'show', 'stdin', 'help'])

/** `--name value` and boolean flags; positional words in order. */
export function parseArgs(argv) {
  const words = []
  const flags = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '-h') flags.help = true
    else if (arg === '--') {
      words.push(...argv.slice(i + 1))
      break
    } else if (arg.startsWith('--')) {
      const name = arg.slice(2)
      if (BOOLEAN_FLAGS.has(name)) flags[name] = true
      else if (VALUE_FLAGS.has(name)) {
        const value = argv[++i]
        if (value === undefined) return { error: `--${name} needs a value` }
        flags[name] = value
      } else return { error: `unknown option --${name.split('=')[0]}` }
    } else words.push(arg)
  }
  return { words, flags }
}

function usage(io, message) {
  io.stderr(`${message}\n\n${USAGE}`)
  return EXIT.usage
}

// ---- keys create: local only, nothing is sent ----

/** A new API key (`pfk_` + 43 base64url characters, 256 random bits) and its ADMIN_API_KEYS entry. */
export async function newKey({ id, scopes, tenants, expires, revealsPerMinute }) {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  const key = `pfk_${base64url(bytes)}`
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)))
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
  const entry = {
    id,
    sha256,
    scopes,
    ...(revealsPerMinute !== undefined ? { revealsPerMinute } : {}),
    ...(tenants ? { tenants } : {}),
    ...(expires ? { expires } : {}),
  }
  return { key, entry }
}

async function createKey(flags, io) {
  if (!flags.id || !KEY_ID.test(flags.id)) return usage(io, 'keys create: --id must be 1-64 of A-Z a-z 0-9 _ . -')
  const scopes = (flags.scopes ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (scopes.length === 0 || !scopes.every((s) => SCOPES.includes(s))) {
    return usage(io, `keys create: --scopes must be a comma-separated list of ${SCOPES.join(', ')}`)
  }
  let tenants
  if (flags.tenants !== undefined) {
    tenants = flags.tenants
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    if (tenants.length === 0 || !tenants.every((t) => ACCOUNT_SID.test(t)))
      return usage(io, 'keys create: --tenants must be Account SIDs (AC + 32 hex)')
  }
  let expires
  if (flags.expires !== undefined) {
    const at = Date.parse(flags.expires)
    if (!/^\d{4}-\d\d-\d\d/.test(flags.expires) || Number.isNaN(at))
      return usage(io, 'keys create: --expires must be an ISO-8601 date or time')
    if (at <= Date.now()) return usage(io, 'keys create: --expires is in the past')
    expires = new Date(at).toISOString()
  }
  let revealsPerMinute
  if (flags['reveals-per-minute'] !== undefined) {
    revealsPerMinute = Number(flags['reveals-per-minute'])
    if (!Number.isInteger(revealsPerMinute) || revealsPerMinute < 1 || revealsPerMinute > 10_000) {
      return usage(io, 'keys create: --reveals-per-minute must be an integer between 1 and 10000')
    }
  }
  const { key, entry } = await newKey({
    id: flags.id,
    scopes: [...new Set(scopes)],
    tenants,
    expires,
    revealsPerMinute,
  })
  if (flags.json) {
    io.stdout(JSON.stringify({ key, entry }, null, 2))
    return EXIT.ok
  }
  io.stdout(
    [
      `API key (shown once: give it to its holder through your secret manager, it cannot be recovered):`,
      `  ${key}`,
      '',
      'ADMIN_API_KEYS entry (add it to the JSON array, then `npx wrangler secret put ADMIN_API_KEYS`):',
      `  ${JSON.stringify(entry)}`,
    ].join('\n'),
  )
  return EXIT.ok
}

function base64url(bytes) {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

// ---- calls to the worker ----

/** The worker's URL and the API key from the environment. */
function connect(flags, io) {
  const env = io.env ?? {}
  const url = (flags.url ?? env.PHI_FIREWALL_URL ?? DEFAULT_URL).replace(/\/+$/, '')
  if (!/^https?:\/\/[^\s/?#]+$/.test(url))
    return { error: '--url must be an http(s) origin such as https://phi.clinic.example' }
  const key = env.PHI_FIREWALL_API_KEY?.trim()
  if (!key) return { error: 'set PHI_FIREWALL_API_KEY to an admin API key (see `keys create`)' }
  return { url, key }
}

/**
 * One call: answers `{status, body, json}`, or `{status: 0}` when the worker cannot be reached. The key travels in
 * the Authorization header only.
 */
export async function call(client, io, method, path, body) {
  const headers = { authorization: `Bearer ${client.key}`, accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  let res
  try {
    res = await io.fetch(client.url + path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
  } catch {
    return { status: 0 }
  }
  // Decoded as UTF-8 whatever the content type (NDJSON, JSON, text).
  const text = new TextDecoder().decode(await res.arrayBuffer())
  let json
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, body: text, json, headers: res.headers }
}

/** Prints a failed call (status and the worker's own error code and detail, nothing else) and maps it to an exit code. */
function failure(io, answer, what) {
  if (answer.status === 0) {
    io.stderr(`${what}: the worker did not answer (check --url or PHI_FIREWALL_URL)`)
    return EXIT.unreachable
  }
  const error = typeof answer.json?.error === 'string' ? answer.json.error : undefined
  const detail = typeof answer.json?.detail === 'string' ? answer.json.detail : undefined
  const retry = answer.headers?.get?.('retry-after')
  const hint = {
    401: 'the API key is missing or unknown (PHI_FIREWALL_API_KEY)',
    403: `the API key lacks the scope${typeof answer.json?.scope === 'string' ? ` ${answer.json.scope}` : ''}`,
    429: `rate-limited${retry ? `: retry after ${retry} s` : ''}`,
  }[answer.status]
  const parts = [error, detail, hint].filter(Boolean)
  io.stderr(`${what}: HTTP ${answer.status}${parts.length ? ` ${parts.join(': ')}` : ''}`)
  if (answer.status === 401 || answer.status === 403) return EXIT.unauthorized
  if (answer.status === 404) return EXIT.notFound
  return EXIT.failed
}

const ok = (status) => status >= 200 && status < 300

async function reveal(tokens, flags, client, io) {
  if (tokens.length === 0 || !tokens.every((t) => TOKEN.test(t)))
    return usage(io, 'reveal: give one or more tok_ tokens')
  if (!flags.purpose) return usage(io, 'reveal: --purpose CODE is required (it is audited)')
  if (!flags.show)
    return usage(io, 'reveal prints patient data: add --show to confirm (the reveal is audited either way)')
  const answer = await call(client, io, 'POST', '/v1/detokenize', { tokens, purpose: flags.purpose })
  if (!ok(answer.status) || !Array.isArray(answer.json?.results)) return failure(io, answer, 'reveal')
  const results = answer.json.results
  if (flags.json) io.stdout(JSON.stringify(answer.json, null, 2))
  else
    for (const r of results)
      io.stdout(r.value !== undefined ? `${r.token}\t${r.type}\t${r.value}` : `${r.token}\t${r.error ?? 'not-found'}`)
  return results.every((r) => r.value !== undefined) ? EXIT.ok : EXIT.notFound
}

async function erase(tokens, flags, client, io) {
  if (tokens.length !== 1 || !TOKEN.test(tokens[0])) return usage(io, 'erase: give one tok_ token')
  // The token travels in the body, never in the URL (access logs keep URLs).
  const body = { tokens: [tokens[0]], ...(flags.purpose ? { purpose: flags.purpose } : {}) }
  const answer = await call(client, io, 'POST', '/v1/tokens/erase', body)
  if (!ok(answer.status)) return failure(io, answer, 'erase')
  const result = answer.json?.results?.[0]
  if (flags.json) io.stdout(JSON.stringify(answer.json, null, 2))
  else
    io.stdout(result?.erased ? `erased: ${result.erased.join(', ')}` : `${tokens[0]}\t${result?.error ?? 'not-found'}`)
  return result?.erased ? EXIT.ok : EXIT.notFound
}

async function deadLetters(sub, rest, flags, client, io) {
  if (sub === 'list') {
    const query = new URLSearchParams()
    if (flags.limit !== undefined) query.set('limit', flags.limit)
    if (flags.cursor !== undefined) query.set('cursor', flags.cursor)
    const answer = await call(client, io, 'GET', `/v1/dead-letters${query.size ? `?${query}` : ''}`)
    if (!ok(answer.status)) return failure(io, answer, 'dead-letters list')
    if (flags.json) {
      io.stdout(JSON.stringify(answer.json, null, 2))
      return EXIT.ok
    }
    const items = Array.isArray(answer.json?.items) ? answer.json.items : []
    if (items.length === 0) io.stdout('no dead letters')
    for (const item of items) io.stdout(deadLetterLine(item))
    if (answer.json?.cursor) io.stdout(`more: --cursor ${answer.json.cursor}`)
    return EXIT.ok
  }
  const id = rest[0]
  if ((sub === 'show' || sub === 'replay') && (rest.length !== 1 || !DEAD_LETTER_ID.test(id)))
    return usage(io, `dead-letters ${sub}: give one dead-letter id`)
  if (sub === 'show') {
    const answer = await call(client, io, 'GET', `/v1/dead-letters/${id}`)
    if (!ok(answer.status)) return failure(io, answer, 'dead-letters show')
    io.stdout(JSON.stringify(answer.json, null, 2))
    return EXIT.ok
  }
  if (sub === 'replay') {
    const answer = await call(client, io, 'POST', `/v1/dead-letters/${id}/replay`)
    if (!ok(answer.status)) return failure(io, answer, 'dead-letters replay')
    io.stdout(flags.json ? JSON.stringify(answer.json, null, 2) : `replayed ${id}: queued again for delivery`)
    return EXIT.ok
  }
  return usage(io, 'dead-letters: list, show ID or replay ID')
}

function deadLetterLine(item) {
  const fields = ['id', 'type', 'reason', 'lastStatus', 'attempts', 'failedAt']
  return fields
    .filter((f) => item?.[f] !== undefined)
    .map((f) => `${f}=${item[f]}`)
    .join('  ')
}

async function auditExport(flags, client, io) {
  const query = new URLSearchParams()
  // The worker's filters are `from` (inclusive) and `to` (exclusive).
  for (const [name, param] of [
    ['since', 'from'],
    ['until', 'to'],
  ]) {
    if (flags[name] === undefined) continue
    if (Number.isNaN(Date.parse(flags[name])))
      return usage(io, `audit export: --${name} must be an ISO-8601 date or time`)
    query.set(param, flags[name])
  }
  const answer = await call(client, io, 'GET', `/v1/audit/export${query.size ? `?${query}` : ''}`)
  if (answer.status === 404 && answer.json?.error === undefined) {
    io.stderr(
      'audit export: this worker has no GET /v1/audit/export (it comes with the durable audit trail); update the worker',
    )
    return EXIT.notFound
  }
  if (!ok(answer.status)) return failure(io, answer, 'audit export')
  // NDJSON as the worker wrote it: one audit record per line, tokens and key ids, never values, then the end line.
  const text = answer.body.endsWith('\n') ? answer.body.slice(0, -1) : answer.body
  if (text) io.stdout(text)
  const lines = text ? text.split('\n') : []
  const end = exportEnd(lines.at(-1))
  if (end?.end === true && end.count === lines.length - 1) return EXIT.ok
  if (end?.end === false) {
    io.stderr(
      `audit export: the worker's audit trail stopped answering after ${end.count} records; the export is incomplete`,
    )
  } else {
    io.stderr(
      'audit export: the export has no end line (cut short, or an older worker); do not rely on it being complete',
    )
  }
  return EXIT.failed
}

/** The last line of an export (`{"end":true,"count":n}` or `{"end":false,...}`), or undefined for a record line. */
function exportEnd(line) {
  try {
    const parsed = JSON.parse(line ?? '')
    return typeof parsed?.end === 'boolean' && Number.isInteger(parsed.count) ? parsed : undefined
  } catch {
    return undefined
  }
}

async function tokenize(words, flags, client, io) {
  const type = flags.type?.toUpperCase()
  if (!type || !/^[A-Z]{2,12}$/.test(type))
    return usage(io, 'tokenize: --type is required (PHONE, EMAIL, NAME, MRN, …)')
  if (!flags.purpose) return usage(io, 'tokenize: --purpose CODE is required (it is audited)')
  if (flags.account !== undefined && !ACCOUNT_SID.test(flags.account))
    return usage(io, 'tokenize: --account must be an Account SID (AC + 32 hex)')
  let value
  if (flags.stdin) {
    if (words.length > 0) return usage(io, 'tokenize: give the value as an argument or with --stdin, not both')
    value = io.stdin ? (await io.stdin()).replace(/\r?\n$/, '') : ''
  } else value = words.join(' ')
  if (!value.trim()) return usage(io, 'tokenize: give the value (or --stdin)')
  const body = { type, value, purpose: flags.purpose, ...(flags.account ? { accountSid: flags.account } : {}) }
  const answer = await call(client, io, 'POST', '/v1/tokenize', body)
  if (answer.status === 404 && answer.json?.found === false) {
    io.stdout(
      flags.json
        ? JSON.stringify(answer.json)
        : 'not found: no token for this value (the vault never saw it, or it was erased or expired)',
    )
    return EXIT.notFound
  }
  if (answer.status === 404 && answer.json === undefined) {
    io.stderr('tokenize: this worker has no POST /v1/tokenize; update the worker')
    return EXIT.notFound
  }
  if (!ok(answer.status) || typeof answer.json?.token !== 'string') return failure(io, answer, 'tokenize')
  io.stdout(flags.json ? JSON.stringify(answer.json) : answer.json.token)
  return EXIT.ok
}
