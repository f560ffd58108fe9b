/** The one root pino logger of a process; secrets are redacted wherever they would appear. */
import { pino, type Logger } from "pino";

export function rootLogger(service: string, level: string, instance?: string): Logger {
  return pino({
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
  });
}

/** Runs `close` once on SIGTERM or SIGINT; exits 0 when it resolves, 1 past `graceMs`. */
export function onShutdown(log: Logger, graceMs: number, close: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, graceMs }, "shutting down");
    const hard = setTimeout(() => {
      log.error("shutdown grace period passed, exiting");
      process.exit(1);
    }, graceMs);
    hard.unref();
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, "shutdown failed");
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
