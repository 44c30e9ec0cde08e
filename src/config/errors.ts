/** A configuration problem: names the setting, never echoes its value. */
export interface ConfigError {
  setting: string
  problem: string
}
