// Placeholder: builds src/phi/lexicon/generated from npm word and name lists (filled in with the PHI engine).
import { mkdirSync, writeFileSync } from 'node:fs'
mkdirSync(new URL('../src/phi/lexicon/generated/', import.meta.url), { recursive: true })
writeFileSync(new URL('../src/phi/lexicon/generated/README.md', import.meta.url), 'generated\n')
