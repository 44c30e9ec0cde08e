// npm lifecycle `prepare`: generated dictionaries + dev secrets, so `npx wrangler dev` works right after `npm install`.
import './build-lexicon.mjs'
import { ensureDevVars } from './dev-vars.mjs'

ensureDevVars()
