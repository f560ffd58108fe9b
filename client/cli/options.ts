/** The command line of `logrelay`, parsed once into typed options; a mistake is a UsageError that says what is wrong. */
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";
import { parseStepUrl, type StepUrls } from "../step-url.ts";

export class UsageError extends Error {}

export const USAGE = `Usage:
  logrelay run --step URL [--name NAME] [--secret-env VAR ...] [options] -- CMD [ARG ...]
      Runs CMD, ships its stdout and stderr to the step's log, ends the step
      (exit 0: success, another code: failure, stopped by SIGINT/SIGTERM: canceled)
      and exits with CMD's exit code. Token: LOGRELAY_TOKEN (the producer's).
        --step URL            the step's address through nginx,
                              e.g. http://localhost:8080/acme/app/builds/7/steps/2
        --name NAME           the step's name on the build page
        --secret-env VAR      mask the value of environment variable VAR in the log
                              (repeat for several)
        --retry-for SECONDS   after CMD exits, how long to keep retrying the log
                              service without progress (default 300)
        --request-timeout SECONDS
                              one request's limit before it is sent again (default 30)
        --buffer-memory SIZE  output kept in memory while the service lags (default 8M)
        --buffer-disk SIZE    then on disk, in a temp file (default 1G)
        --quiet               do not echo CMD's output here too
        --verbose             say at the end how much was sent and buffered
  logrelay tail URL
      Follows a step's log from the start, resuming after a dropped connection;
      exits 0 when the step ended success, 1 otherwise. Token: LOGRELAY_VIEWER_TOKEN
      (a viewer JWT), when viewer auth is on.
  logrelay --help
`;

export interface RunOptions {
  readonly command: "run";
  readonly step: StepUrls;
  readonly name?: string;
  readonly secretEnv: readonly string[];
  readonly retryForMs: number;
  readonly requestTimeoutMs: number;
  readonly memoryBytes: number;
  readonly diskBytes: number;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly argv: readonly string[];
  readonly token?: string;
}

export interface TailOptions {
  readonly command: "tail";
  readonly step: StepUrls;
  readonly token?: string;
}

export type Options = RunOptions | TailOptions | { readonly command: "help" };

export function parseOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Options {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") return { command: "help" };
  if (command === "run") return parseRun(rest, env);
  if (command === "tail") return parseTail(rest, env);
  throw new UsageError(`unknown command "${command}": run or tail`);
}

function parseRun(args: readonly string[], env: Readonly<Record<string, string | undefined>>): RunOptions | { command: "help" } {
  const dashes = args.indexOf("--");
  const own = dashes < 0 ? args : args.slice(0, dashes);
  const argv = dashes < 0 ? [] : args.slice(dashes + 1);
  const { values, positionals } = parse(own, {
    step: { type: "string" },
    name: { type: "string" },
    "secret-env": { type: "string", multiple: true },
    "retry-for": { type: "string" },
    "request-timeout": { type: "string" },
    "buffer-memory": { type: "string" },
    "buffer-disk": { type: "string" },
    quiet: { type: "boolean" },
    verbose: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return { command: "help" };
  if (positionals.length > 0) throw new UsageError(`put the command after --: logrelay run --step URL -- ${positionals.join(" ")}`);
  if (!values.step) throw new UsageError("--step URL is required");
  if (argv.length === 0) throw new UsageError("no command to run: put it after --");
  const secretEnv = (values["secret-env"] as string[] | undefined) ?? [];
  for (const name of secretEnv) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--secret-env takes a variable's name, got "${name}"`);
  return {
    command: "run",
    step: stepUrls(values.step as string),
    name: values.name as string | undefined,
    secretEnv,
    retryForMs: seconds(values["retry-for"] as string | undefined, 300, "--retry-for") * 1000,
    requestTimeoutMs: Math.max(1, seconds(values["request-timeout"] as string | undefined, 30, "--request-timeout") * 1000),
    memoryBytes: size(values["buffer-memory"] as string | undefined, "8M", "--buffer-memory"),
    diskBytes: size(values["buffer-disk"] as string | undefined, "1G", "--buffer-disk"),
    quiet: values.quiet === true,
    verbose: values.verbose === true,
    argv,
    token: env.LOGRELAY_TOKEN || undefined,
  };
}

function parseTail(args: readonly string[], env: Readonly<Record<string, string | undefined>>): TailOptions | { command: "help" } {
  const { values, positionals } = parse(args, { help: { type: "boolean", short: "h" } });
  if (values.help) return { command: "help" };
  if (positionals.length !== 1) throw new UsageError("tail takes one step URL");
  return { command: "tail", step: stepUrls(positionals[0]), token: env.LOGRELAY_VIEWER_TOKEN || undefined };
}

function parse(args: readonly string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function stepUrls(url: string): StepUrls {
  try {
    return parseStepUrl(url);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function seconds(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UsageError(`${flag} takes seconds, got "${value}"`);
  return Number(value);
}

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "8M", "512k", "1G", "65536": bytes (binary units). */
export function size(value: string | undefined, fallback: string, flag: string): number {
  const m = /^(\d+)([kmg]?)i?b?$/i.exec(value ?? fallback);
  if (!m) throw new UsageError(`${flag} takes a size such as 8M, 512k or 1G, got "${value}"`);
  return Number(m[1]) * UNITS[m[2].toLowerCase()];
}
