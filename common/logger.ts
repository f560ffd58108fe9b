/** The one root pino logger of a process; secrets are redacted wherever they would appear. */
import { pino, type Logger } from "pino";

export function rootLogger(service: string, level: string, instance?: string): Logger {
  // process.stdout rather than pino's own file-descriptor writer: when stdout is a pipe whose
  // reader died (a crashed log shipper, `| head`), that writer retries its flush for ever at
  // exit and SIGTERM never ends the process; a stream just reports EPIPE, which we drop.
  process.stdout.on("error", () => undefined);
  return pino(
    {
      level,
      base: { service, ...(instance ? { instance } : {}) },
      redact: {
        paths: [
          ...["authorization", "cookie", "token", "secret", "secrets", "values"].flatMap((k) => [k, `*.${k}`]),
          // ioredis errors carry the failed command's arguments: lines, secret values
          ...["headers.authorization", "headers.cookie", "query.token", "command.args"].flatMap((k) => [k, `*.${k}`]),
        ],
        censor: "[redacted]",
      },
    },
    process.stdout,
  );
}

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
