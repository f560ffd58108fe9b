#!/usr/bin/env node
/** `logrelay`: the worker's command (`run`, `tail`); docs/client.md. Wiring only. */
import { parseOptions, UsageError, USAGE } from "./cli/options.ts";
import { run } from "./cli/run.ts";
import { say } from "./cli/say.ts";
import { tail } from "./cli/tail.ts";

// stdout closed under us (`logrelay tail URL | head`): nothing more to print, nothing went wrong
process.stdout.on("error", () => process.exit(0));

let code: number;
try {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (options.command === "help") {
    process.stdout.write(USAGE);
    code = 0;
  } else code = options.command === "run" ? await run(options, process.env) : await tail(options);
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  say(`${err.message} (logrelay --help shows how)`);
  code = 2;
}
// open keep-alive connections would hold the process a few seconds more
process.exit(code);
