/** How a service process ends: a graceful stop on SIGTERM/SIGINT, or a failed start. */
import type { Logger } from "pino";

/** Runs `close` once on SIGTERM or SIGINT; exits 0 when it resolves, 1 past `graceMs`. */
export function onShutdown(log: Logger, graceMs: number, close: () => Promise<void>): void {
  let stopping = false;
  // Logging may fail here (stdout a closed pipe: EPIPE); exiting on time must not depend on it.
  const safely = (write: () => void) => {
    try {
      write();
    } catch {
      // nowhere left to say it
    }
  };
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const hard = setTimeout(() => {
      safely(() => log.error("shutdown grace period passed, exiting"));
      process.exit(1);
    }, graceMs);
    hard.unref();
    safely(() => log.info({ signal, graceMs }, "shutting down"));
    Promise.resolve()
      .then(close)
      .then(
        () => process.exit(0),
        (err: unknown) => {
          safely(() => log.error({ err }, "shutdown failed"));
          process.exit(1);
        },
      );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** Config errors and start-up failures: one error line naming the cause, then exit 1. */
export function failStart(log: Logger, err: unknown): never {
  log.error({ err: err instanceof Error ? err.message : String(err) }, "failed to start");
  process.exit(1);
}
