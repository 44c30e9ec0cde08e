// Keeps .dev.vars usable for `wrangler dev`: copies .dev.vars.example when .dev.vars is missing, and appends any
// setting the example has gained since (a newer checkout adding a required secret) without touching existing lines.
// Dev values only; .dev.vars is never deployed.
import { appendFileSync, copyFileSync, existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const SETTING = /^([A-Z][A-Z0-9_]*)=/

const names = (text) => new Set(text.split('\n').map((line) => SETTING.exec(line)?.[1]).filter(Boolean))

/** Makes sure `wrangler dev` finds every dev secret the example lists. */
export function ensureDevVars() {
  const example = `${root}.dev.vars.example`
  const target = `${root}.dev.vars`
  if (!existsSync(target)) {
    copyFileSync(example, target)
    return
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

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureDevVars()
