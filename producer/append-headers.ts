/**
 * An append's request headers, checked in the order and with the answers of express's route
 * (routes.ts): the content type and charset, the body's declared length, Logrelay-First-Line and
 * Logrelay-Partial. Gives what the upload needs, or the refusal.
 */
import type { IncomingHttpHeaders } from "node:http";

export interface AppendOptions {
  /** Logrelay-First-Line: a retried upload skips the lines already stored (see README) */
  readonly expectedFirst?: number;
  /** Logrelay-Partial: 1: the body's unterminated last line is a preview, not stored (upload.ts) */
  readonly previewOnly: boolean;
}

export interface HeaderRefusal {
  readonly status: number;
  readonly error: string;
  /** the body may be on its way: read and drop it before the connection closes (refuseBody) */
  readonly linger: boolean;
}

const FIRST_LINE = /^[1-9][0-9]{0,15}$/;
const TEXT_PLAIN = /^text\/plain\s*(;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

export function readAppendHeaders(headers: IncomingHttpHeaders, maxBodyBytes: number): AppendOptions | HeaderRefusal {
  const type = headers["content-type"];
  if (type !== undefined && !TEXT_PLAIN.test(type)) return refusal(415, `send the lines as Content-Type: text/plain (got "${type}")`, false);
  const charset = type === undefined ? undefined : CHARSET.exec(type)?.[1].toLowerCase();
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8" && charset !== "us-ascii") {
    return refusal(415, `lines must be UTF-8: send Content-Type: text/plain; charset=utf-8 (got charset ${charset})`, false);
  }
  if (Number(headers["content-length"] ?? 0) > maxBodyBytes) return refusal(413, `the body is over MAX_BODY_BYTES (${maxBodyBytes} bytes)`, true);
  const first = headers["logrelay-first-line"];
  if (first !== undefined && (typeof first !== "string" || !FIRST_LINE.test(first))) {
    return refusal(400, "Logrelay-First-Line must be a positive integer: the number of the body's first line", true);
  }
  const partial = headers["logrelay-partial"];
  if (partial !== undefined && partial !== "1") {
    return refusal(400, "Logrelay-Partial must be 1: the body's unterminated last line is then a preview, not stored", true);
  }
  return { expectedFirst: first === undefined ? undefined : Number(first), previewOnly: partial === "1" };
}

function refusal(status: number, error: string, linger: boolean): HeaderRefusal {
  return { status, error, linger };
}
