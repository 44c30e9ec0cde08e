// Copies .dev.vars.example to .dev.vars when .dev.vars is missing (dev values only; never deployed).
import { copyFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Makes sure `wrangler dev` finds the dev secrets. */
export function ensureDevVars() {
  if (!existsSync(`${root}.dev.vars`)) copyFileSync(`${root}.dev.vars.example`, `${root}.dev.vars`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureDevVars()
