/** First step of `npm test`: says exactly what to install when a server binary is missing. */
import { MissingToolError, requireTool } from "./local-stack.ts";

try {
  requireTool("redis-server");
  requireTool("nginx");
} catch (err) {
  if (!(err instanceof MissingToolError)) throw err;
  console.error(`${err.message}\nThe integration tests run real Redis and nginx; .ci/run installs both.`);
  process.exit(1);
}
