/**
 * `logrelay run`: runs a command, ships its stdout and stderr through a StepWriter, ends the
 * step from the command's outcome and returns the command's exit code. The command's pipes are
 * read as fast as it writes them (write() never waits), so the log service cannot slow it.
 */
import { spawn } from "node:child_process";
import { constants } from "node:os";
import type { EndStatus } from "../../common/domain.ts";
import { describeReport } from "../report.ts";
import { StepWriter } from "../step-writer.ts";
import { stderrLog, say } from "./say.ts";
import type { RunOptions } from "./options.ts";

const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** after the command exits, its pipes may still hold output: read until they end, or go quiet this long (a daemon it left may hold them) */
const PIPE_QUIET_MS = 2000;

export async function run(options: RunOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const writer = new StepWriter({
    url: options.step.stepUrl,
    token: options.token,
    retryForMs: options.retryForMs,
    requestTimeoutMs: options.requestTimeoutMs,
    memoryBytes: options.memoryBytes,
    diskBytes: options.diskBytes,
    log: stderrLog(),
  });
  if (options.name !== undefined) writer.name(options.name);
  const secrets: string[] = [];
  for (const name of options.secretEnv) {
    const value = env[name];
    if (!value) say(`${name} is not set: nothing to mask for it`);
    else if (value.length < 4 || value.length > 4096) {
      await writer.close();
      say(`${name} must hold 4 to 4096 characters to be masked; not running ${options.argv[0]}`);
      return 2;
    } else secrets.push(value);
  }
  writer.secrets(secrets); // registered before any line of the command is sent

  const childEnv = { ...env };
  delete childEnv.LOGRELAY_TOKEN; // the build's code has no business with the log service's token
  const child = spawn(options.argv[0], options.argv.slice(1), { stdio: ["inherit", "pipe", "pipe"], env: childEnv });
  let forwarded: NodeJS.Signals | undefined;
  let exited = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (!exited) {
      forwarded = signal;
      child.kill(signal);
    } else {
      say(`${signal} while the log is being sent: giving up on it`);
      void writer.close();
    }
  };
  for (const signal of FORWARDED) process.on(signal, onSignal);

  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: NodeJS.ErrnoException }>((resolve) => {
    child.once("error", (error: NodeJS.ErrnoException) => resolve({ code: null, signal: null, error }));
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  const piped = Promise.all([pipe(child.stdout, "stdout", writer, options.quiet, ended), pipe(child.stderr, "stderr", writer, options.quiet, ended)]);
  const outcome = await ended;
  exited = true;
  let exitCode: number;
  let status: EndStatus;
  if (outcome.error) {
    say(`cannot run ${options.argv[0]}: ${outcome.error.code === "ENOENT" ? "not found" : outcome.error.message}`);
    exitCode = outcome.error.code === "ENOENT" ? 127 : 126;
    status = "failure";
  } else {
    exitCode = outcome.code ?? 128 + (constants.signals[outcome.signal!] ?? 0);
    const canceled = forwarded !== undefined || outcome.signal === "SIGINT" || outcome.signal === "SIGTERM";
    status = canceled ? "canceled" : exitCode === 0 ? "success" : "failure";
  }
  await piped;
  const report = await writer.end(status);
  for (const signal of FORWARDED) process.off(signal, onSignal);
  for (const message of describeReport(report)) say(message);
  if (options.verbose) {
    const s = writer.stats;
    say(
      `${s.storedLines} of ${s.outputLines} lines stored in ${s.requests} requests; at most ${s.peakMemoryBytes} bytes waited in memory, ${s.spilledBytes} went to disk`,
    );
  }
  return exitCode;
}

/** Reads a pipe into the writer (and echoes it unless quiet) until it ends, or goes quiet once the command has exited. */
function pipe(
  stream: NodeJS.ReadableStream & { destroy(): void },
  output: string,
  writer: StepWriter,
  quiet: boolean,
  exited: Promise<unknown>,
): Promise<void> {
  const echo = output === "stdout" ? process.stdout : process.stderr;
  return new Promise((resolve) => {
    let quietTimer: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(quietTimer);
      resolve();
    };
    stream.on("data", (chunk: Buffer) => {
      writer.write(chunk, output);
      if (!quiet) echo.write(chunk);
      quietTimer?.refresh();
    });
    stream.once("end", done);
    stream.once("close", done);
    stream.once("error", done);
    void exited.then(() => {
      // a daemon the command started may hold the pipe open for ever
      quietTimer = setTimeout(() => {
        stream.destroy();
        done();
      }, PIPE_QUIET_MS);
    });
  });
}
