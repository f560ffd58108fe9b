/**
 * Server-side Lua scripts live in .lua files beside the module that runs them (common/lua/,
 * producer/lua/), read once when that module is loaded, so a missing file stops the process at
 * start. No value is interpolated into a script: it takes its inputs as KEYS and ARGV and defines
 * its own constants.
 */
import { readFileSync } from "node:fs";

/** The text of a script; `url` is resolved against the calling module (`new URL("./lua/x.lua", import.meta.url)`). */
export function readLuaScript(url: URL): string {
  return readFileSync(url, "utf8");
}
