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
