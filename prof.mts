import { ENGINE_FAMILIES } from './bench/engine-families.ts'
import { scrubText } from './src/phi/deidentify.ts'
const names = (process.env.FAM ?? '').split(',')
const fams = ENGINE_FAMILIES.filter((f) => names.includes(f.name) || names[0] === 'all')
for (const f of fams) { const t = f.text(1600); for (let i = 0; i < 50; i++) scrubText(t, { channel: f.channel }) }
const t0 = performance.now()
for (let r = 0; r < Number(process.env.REPS ?? 400); r++) for (const f of fams) scrubText(f.text(1600), { channel: f.channel })
console.log((performance.now() - t0).toFixed(0), 'ms')
