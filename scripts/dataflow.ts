/**
 * `npm run dataflow`: the data-flow inventory of a configuration file, without deploying or holding its secrets:
 * per Twilio route and event type, each destination with BAA status, adapter and the field kinds it receives, free
 * text to a destination without a BAA flagged, then the same per Twilio account that destinations (`accounts`) or
 * PHI_POLICY `accounts` name (src/delivery/dataflow.ts; the same as GET /v1/dataflow).
 *
 *   npm run dataflow                                  wrangler.toml, top level
 *   npm run dataflow -- --env production              one environment
 *   npm run dataflow -- --destinations file.json      a DESTINATIONS JSON file instead
 *   npm run dataflow -- --json                        machine-readable
 *   npm run dataflow -- --check                       exit 1 when a flow is flagged (for CI)
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataflowInventory, formatInventory } from '../src/delivery/dataflow.ts'
import { cliArgs, ROOT } from './cli.ts'
import {
  accountUnknownFieldsOf,
  destinationsOf,
  readEnvironment,
  unknownFieldsOf,
  type EnvironmentConfig,
} from './wrangler-config.ts'

const { flag, option, help } = cliArgs()

if (help) {
  console.log(
    'Usage: npm run dataflow -- [--env NAME] [--config wrangler.toml] [--destinations file.json] [--json] [--check]',
  )
  process.exit(0)
}

const env = option('--env')
const environment: EnvironmentConfig = readEnvironment(option('--config') ?? join(ROOT, 'wrangler.toml'), env)
const file = option('--destinations')
if (file) environment.vars.DESTINATIONS = readFileSync(file, 'utf8')
const destinations = destinationsOf(environment)
if (!destinations.ok) {
  console.error(`dataflow: ${destinations.problem}`)
  process.exit(2)
}
const inventory = dataflowInventory(destinations.destinations, unknownFieldsOf(environment), {
  unknownFields: accountUnknownFieldsOf(environment),
})
if (flag('--json')) console.log(JSON.stringify(inventory, null, 2))
else {
  console.log(`Data flows of ${file ?? environment.workerName}${env ? ` (env ${env})` : ''}\n`)
  process.stdout.write(formatInventory(inventory))
}
process.exit(flag('--check') && inventory.warnings.length > 0 ? 1 : 0)
