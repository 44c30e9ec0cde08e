// One-off migration helper for adopting Biome (see CONTRIBUTING.md, "Formatting and linting"): marks every hand-packed
// list or table (several entries on one line, too long for one line) with `// biome-ignore format: packed list`, so the
// formatter keeps it as written instead of printing one entry per line. Biome has no "fill" layout for such lists.
// Usage: node scripts/keep-packed-lists.mjs [files...] (default: the files biome.json formats). Idempotent; run it
// before `npx biome check --write` on a tree that was not formatted by Biome yet.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import ts from 'typescript'

const MARK = '// biome-ignore format: packed list'
const WIDTH = 120

function listedFiles() {
  // `biome format` without --write lists the files it would change (and exits 1 when there are any).
  const { stdout } = spawnSync('npx', ['biome', 'format', '--max-diagnostics=none', '--reporter=json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const report = JSON.parse(stdout)
  return [...new Set(report.diagnostics.map((d) => d.location?.path).filter(Boolean))]
}

/** True when the literal spans lines, some line holds two or more entries, and it would not fit on one line. */
function isPacked(node, source) {
  const items = ts.isArrayLiteralExpression(node) ? node.elements : node.properties
  if (items.length < 3) return false
  const line = (pos) => source.getLineAndCharacterOfPosition(pos).line
  if (line(node.getStart(source)) === line(node.getEnd())) return false
  const perLine = new Map()
  for (const item of items) {
    const l = line(item.getStart(source))
    perLine.set(l, (perLine.get(l) ?? 0) + 1)
  }
  if (![...perLine.values()].some((n) => n >= 2)) return false
  const flat = items.reduce((sum, item) => sum + item.getText(source).length + 2, 0)
  return flat > WIDTH - 20
}

/** The nearest node from `node` up that starts its own line and sits in a list Biome can suppress a member of. */
function anchorOf(node, source) {
  for (let at = node; at && at.parent; at = at.parent) {
    const start = at.getStart(source)
    const lineStart = source.getLineStarts()[source.getLineAndCharacterOfPosition(start).line]
    const ownLine = source.text.slice(lineStart, start).trim() === ''
    const p = at.parent
    const inList =
      ts.isSourceFile(p) ||
      ts.isBlock(p) ||
      ts.isModuleBlock(p) ||
      ts.isObjectLiteralExpression(p) ||
      ts.isArrayLiteralExpression(p) ||
      ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(at)) ||
      ts.isClassDeclaration(p)
    if (ownLine && inList) return lineStart
  }
  return undefined
}

function mark(file) {
  const text = readFileSync(file, 'utf8')
  const kind = /\.m?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const anchors = new Set()
  const visit = (node) => {
    if ((ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) && isPacked(node, source)) {
      const anchor = anchorOf(node, source)
      if (anchor !== undefined) {
        anchors.add(anchor)
        return
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  let result = text
  for (const at of [...anchors].sort((a, b) => b - a)) {
    const previous = result.slice(0, at).split('\n').at(-2) ?? ''
    if (previous.trim() === MARK) continue
    const indent = /^[ \t]*/.exec(result.slice(at))[0]
    result = `${result.slice(0, at)}${indent}${MARK}\n${result.slice(at)}`
  }
  if (result !== text) writeFileSync(file, result)
  return result === text ? 0 : anchors.size
}

const files = process.argv.length > 2 ? process.argv.slice(2) : listedFiles()
let total = 0
for (const file of files) {
  const count = mark(file)
  if (count) console.log(`${file}: ${count}`)
  total += count
}
console.log(`${total} packed lists marked`)
