/** Reading dev settings the way the tools need them: the environment first, then `.dev.vars` (dev values only). */

/** The value of `NAME=value` in a `.dev.vars` text (the last line wins, as in wrangler), or undefined. */
export function devVarsValue(text: string | undefined, name: string): string | undefined {
  if (!text) return undefined
  let value: string | undefined
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}=`)) continue
    const raw = line.slice(name.length + 1).trim()
    value = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw
  }
  return value
}

/** A setting from the environment when set and not empty, else from `.dev.vars`. */
export function setting(
  name: string,
  env: Record<string, string | undefined>,
  devVars: string | undefined,
): string | undefined {
  const fromEnv = env[name]?.trim()
  if (fromEnv) return fromEnv
  const fromFile = devVarsValue(devVars, name)?.trim()
  return fromFile || undefined
}
