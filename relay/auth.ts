/**
 * Viewer auth of the contract: a JWT (HS256 secret or a JWKS) whose `logs` claim holds path
 * patterns such as "acme/*". Taken from `Authorization: Bearer`, the `token` query parameter
 * (EventSource cannot set headers) or a cookie. Missing or invalid: 401; valid but not
 * granting the step: 403; a JWKS that cannot be fetched: 503 (the token may be fine).
 */
import type { IncomingMessage } from "node:http";
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type JWTVerifyOptions } from "jose";
import { bearerToken } from "../common/http.ts";
import type { StepRef } from "../common/domain.ts";

export type AuthDenied = { ok: false; status: 401 | 403 | 503; error: string; headers?: Record<string, string> };
/** `expiresAt`: the token's `exp` in ms since the epoch; a stream it opened is closed then */
export type AuthResult = { ok: true; expiresAt: number } | AuthDenied;
/**
 * A verified token: which steps it grants, until when, and whose it is (`iss` and `sub`, when
 * it names a subject: two tokens of one viewer, say a refreshed one, have the same).
 */
export type AuthGrant = { ok: true; expiresAt: number; viewer?: string; grants(step: StepRef): boolean };

export interface Authorizer {
  /** Whether the request's token grants `step`. */
  (req: IncomingMessage, query: Record<string, unknown>, step: StepRef): Promise<AuthResult>;
  /** Verifies the token once, for a request that asks about many steps (the step list). */
  verify(req: IncomingMessage, query: Record<string, unknown>): Promise<AuthGrant | AuthDenied>;
  /** Verifies a token given as it is (the one in a request's cookie, say). */
  verifyToken(token: string): Promise<AuthGrant | AuthDenied>;
}

export interface AuthOptions {
  readonly secret?: string;
  readonly jwksUrl?: string;
  readonly cookie: string;
  /** required `iss` and `aud` when set */
  readonly issuer?: string;
  readonly audience?: string;
}

// Asymmetric only: a JWKS never verifies an HS* token, which closes the "public key used as an
// HMAC secret" confusion. jose refuses `alg: none` whatever this list says.
const JWKS_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"];

const JWKS_COOLDOWN_MS = 5000;
type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

const UNAUTHENTICATED = { "WWW-Authenticate": 'Bearer realm="logrelay"' };

/** undefined when neither secret nor JWKS is configured: the relay is open (local development). */
export function makeAuthorizer(options: AuthOptions): Authorizer | undefined {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (options.secret) {
    key = new TextEncoder().encode(options.secret);
    algorithms = ["HS256"];
  } else if (options.jwksUrl) {
    // A token whose kid the cached set lacks makes jose fetch the set again, at most once per
    // cooldown: 5 s rather than jose's 30 s, so a key published for a rotation is taken within
    // seconds. The keys fetched last serve for cacheMaxAge (jose's 10 min) while the URL is down.
    key = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 3000, cooldownDuration: JWKS_COOLDOWN_MS });
    algorithms = JWKS_ALGORITHMS;
  } else return undefined;
  // a token without `exp` would be valid forever: refused
  const verify: JWTVerifyOptions = { algorithms, requiredClaims: ["exp"], issuer: options.issuer, audience: options.audience };

  const verifyRequest = async (req: IncomingMessage, query: Record<string, unknown>): Promise<AuthGrant | AuthDenied> => {
    const token = tokenOf(req, query, options.cookie);
    if (!token)
      return { ok: false, status: 401, error: "a token is required: Authorization: Bearer <jwt>, ?token=<jwt> or a cookie", headers: UNAUTHENTICATED };
    return verifyToken(token);
  };

  const verifyToken = async (token: string): Promise<AuthGrant | AuthDenied> => {
    let claims: Record<string, unknown>;
    try {
      claims = (await verifyRotating(token, key, verify)).payload;
    } catch (err) {
      if (typeof key === "function" && keySetUnavailable(err)) {
        return { ok: false, status: 503, error: "the signing keys cannot be fetched; retry", headers: { "Retry-After": "5" } };
      }
      return { ok: false, status: 401, error: "the token is invalid or expired", headers: UNAUTHENTICATED };
    }
    const patterns = logPatterns(claims);
    const viewer = typeof claims.sub === "string" && claims.sub ? JSON.stringify([claims.iss ?? "", claims.sub]) : undefined;
    return { ok: true, expiresAt: (claims.exp as number) * 1000, viewer, grants: (step) => patterns.some((p) => grants(p, step)) };
  };

  const authorize = async (req: IncomingMessage, query: Record<string, unknown>, step: StepRef): Promise<AuthResult> => {
    const verified = await verifyRequest(req, query);
    if (!verified.ok) return verified;
    if (!verified.grants(step)) return { ok: false, status: 403, error: "the token does not grant these logs" };
    return { ok: true, expiresAt: verified.expiresAt };
  };
  return Object.assign(authorize, { verify: verifyRequest, verifyToken });
}

/**
 * Verifies a token; with a JWKS, a kid the cached set lacks while jose may not fetch the set
 * again yet (its cooldown) waits the cooldown out and tries once more, so a key that was just
 * rotated in is found (one fetch per cooldown however many such tokens come) instead of the
 * token getting a 401, which a browser's EventSource takes as final.
 */
async function verifyRotating(token: string, key: Uint8Array | JWTVerifyGetKey, verify: JWTVerifyOptions) {
  try {
    return await jwtVerify(token, key as Uint8Array, verify);
  } catch (err) {
    if (!(err instanceof errors.JWKSNoMatchingKey) || typeof key !== "function" || !(key as RemoteKeySet).coolingDown) throw err;
    await new Promise((r) => setTimeout(r, JWKS_COOLDOWN_MS));
    return await jwtVerify(token, key, verify);
  }
}

/** The `logs` claim: an array of patterns, or a single pattern string. */
export function logPatterns(claims: Record<string, unknown>): string[] {
  const logs = claims.logs;
  if (typeof logs === "string") return [logs];
  return Array.isArray(logs) ? logs.filter((p): p is string => typeof p === "string") : [];
}

/**
 * A pattern is up to four "/"-separated segments matched against org/repo/build/step; "*"
 * matches any one segment, and a shorter pattern grants everything below it: "acme/*" every
 * repo of acme, "acme/app/12" every step of build 12. No other wildcard; empty segments never match.
 */
export function grants(pattern: string, step: StepRef): boolean {
  const want = pattern.split("/");
  const have = [step.org, step.repo, String(step.build), String(step.step)];
  if (want.length > have.length) return false;
  return want.every((segment, i) => segment !== "" && (segment === "*" || segment === have[i]));
}

function tokenOf(req: IncomingMessage, query: Record<string, unknown>, cookieName: string): string | undefined {
  const bearer = bearerToken(req.headers.authorization);
  if (bearer) return bearer;
  if (typeof query.token === "string" && query.token) return query.token;
  return cookieToken(req, cookieName);
}

/** The token in the request's `cookieName` cookie, if any. */
export function cookieToken(req: IncomingMessage, cookieName: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === cookieName) return safeDecode(part.slice(eq + 1).trim());
  }
  return undefined;
}

// A cookie value with a broken %-escape is a bad token (401), not a server error.
function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value) || undefined;
  } catch {
    return undefined;
  }
}

// Network errors, timeouts, non-200 answers and bad JSON from the JWKS URL: the keys are
// unknown, so the token can be judged neither way.
function keySetUnavailable(err: unknown): boolean {
  if (!(err instanceof errors.JOSEError)) return true;
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid) return true;
  return err.code === "ERR_JOSE_GENERIC" && /JSON Web Key Set/.test(err.message);
}
