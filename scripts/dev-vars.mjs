// Keeps .dev.vars usable for `wrangler dev`: copies .dev.vars.example when .dev.vars is missing, and appends any
// setting the example has gained since (a newer checkout adding a required secret) without touching existing lines.
// Dev values only; .dev.vars is never deployed.
import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const SETTING = /^([A-Z][A-Z0-9_]*)=/

const names = (text) =>
  new Set(
    text
      .split('\n')
      .map((line) => SETTING.exec(line)?.[1])
      .filter(Boolean),
  )

/** Makes sure `wrangler dev` finds every dev secret the example lists. */
export function ensureDevVars() {
  const example = `${root}.dev.vars.example`
  const target = `${root}.dev.vars`
  if (!existsSync(target)) {
    copyFileSync(example, target)
    return
  }
  const upgraded = withDevAdminScopes(readFileSync(example, 'utf8'), readFileSync(target, 'utf8'))
  if (upgraded !== undefined) {
    writeFileSync(target, upgraded)
    console.log('.dev.vars: the dev admin key now holds every scope of .dev.vars.example')
  }
  const have = names(readFileSync(target, 'utf8'))
  const missing = readFileSync(example, 'utf8')
    .split('\n')
    .filter((line) => {
      const name = SETTING.exec(line)?.[1]
      return name !== undefined && !have.has(name)
    })
  if (missing.length > 0) {
    appendFileSync(target, `\n# Added from .dev.vars.example by scripts/dev-vars.mjs\n${missing.join('\n')}\n`)
    console.log(`.dev.vars: added ${missing.map((line) => SETTING.exec(line)?.[1]).join(', ')}`)
  }
}

const ADMIN_KEYS = /^ADMIN_API_KEYS=(.*)$/m

/** The one `dev-admin` key of an ADMIN_API_KEYS line, when the line holds exactly that. */
function devAdminKey(text) {
  try {
    const keys = JSON.parse(ADMIN_KEYS.exec(text)?.[1] ?? '')
    const key = Array.isArray(keys) && keys.length === 1 ? keys[0] : undefined
    return key?.id === 'dev-admin' && Array.isArray(key.scopes) ? key : undefined
  } catch {
    return undefined
  }
}

/**
 * `.dev.vars` with its dev admin key given the scopes the example's has gained (a new admin route's scope), or
 * undefined when nothing is to change. Only the untouched dev key is upgraded: same hash, scopes a subset of the
 * example's; a line the developer edited (other keys, other scopes) is left alone.
 */
export function withDevAdminScopes(exampleText, targetText) {
  const wanted = devAdminKey(exampleText)
  const have = devAdminKey(targetText)
  if (!wanted || !have || have.sha256 !== wanted.sha256 || Object.keys(have).length !== 3) return undefined
  if (!have.scopes.every((scope) => wanted.scopes.includes(scope)) || have.scopes.length === wanted.scopes.length)
    return undefined
  const line = ADMIN_KEYS.exec(exampleText)?.[0] ?? ''
  return targetText.replace(ADMIN_KEYS, () => line)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureDevVars()
