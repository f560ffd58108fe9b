/**
 * Viewer auth of the contract: a JWT (HS256 secret or a JWKS) whose `logs` claim holds path
 * patterns such as "acme/*". Taken from `Authorization: Bearer`, the `token` query parameter
 * (EventSource cannot set headers) or a cookie.
 */
import type { IncomingMessage } from "node:http";
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import type { StepRef } from "../common/step.ts";

export type AuthResult = { ok: true } | { ok: false; status: 401 | 403; error: string };
export type Authorizer = (req: IncomingMessage, query: Record<string, unknown>, step: StepRef) => Promise<AuthResult>;

export interface AuthOptions {
  readonly secret?: string;
  readonly jwksUrl?: string;
  readonly cookie: string;
}

/** undefined when neither secret nor JWKS is configured: the relay is open (local development). */
export function makeAuthorizer(options: AuthOptions): Authorizer | undefined {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (options.secret) {
    key = new TextEncoder().encode(options.secret);
    algorithms = ["HS256"];
  } else if (options.jwksUrl) {
    key = createRemoteJWKSet(new URL(options.jwksUrl));
    algorithms = ["RS256", "ES256", "PS256", "EdDSA", "RS384", "RS512", "ES384"];
  } else return undefined;

  return async (req, query, step) => {
    const token = tokenOf(req, query, options.cookie);
    if (!token) return { ok: false, status: 401, error: "a token is required: Authorization: Bearer <jwt>, ?token=<jwt> or a cookie" };
    let claims: Record<string, unknown>;
    try {
      // jose refuses alg "none" and any algorithm not listed, and checks exp/nbf
      claims = (await jwtVerify(token, key as Uint8Array, { algorithms })).payload;
    } catch {
      return { ok: false, status: 401, error: "the token is invalid or expired" };
    }
    const patterns = Array.isArray(claims.logs) ? claims.logs.filter((p): p is string => typeof p === "string") : [];
    if (!patterns.some((p) => grants(p, step))) return { ok: false, status: 403, error: "the token does not grant these logs" };
    return { ok: true };
  };
}

/** "acme/*" grants every repo of acme; "acme/app/12" one build; "*" segments match anything. */
export function grants(pattern: string, step: StepRef): boolean {
  const want = pattern.split("/");
  const have = [step.org, step.repo, String(step.build), String(step.step)];
  if (want.length === 0 || want.length > have.length) return false;
  return want.every((segment, i) => segment === "*" || segment === have[i]);
}

function tokenOf(req: IncomingMessage, query: Record<string, unknown>, cookieName: string): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim();
  if (typeof query.token === "string" && query.token) return query.token;
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === cookieName) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
