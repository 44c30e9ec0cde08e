/** What the deploy and inventory scripts share: the repository root and their command-line options. */
import { fileURLToPath } from 'node:url'

/** The repository root (ends with a slash). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Options of one invocation: `--name value`, `--name=value`, flags, and whether help was asked for. */
export function cliArgs(argv: readonly string[] = process.argv.slice(2)) {
  return {
    flag: (name: string): boolean => argv.includes(name),
    option: (name: string): string | undefined => {
      const i = argv.indexOf(name)
      return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1)
    },
    help: argv.includes('--help') || argv.includes('-h'),
  }
}
