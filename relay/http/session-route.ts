/**
 * `GET /api/session` with `Authorization: Bearer <jwt>`: verifies the viewer token and answers
 * 204 with it as an HttpOnly cookie (AUTH_COOKIE) that lives until the token expires. The
 * viewer page trades a `?token=` from its own address for this cookie once, so the token is
 * not in the address bar or in any stream, download or list URL (where a URL would end up in
 * browser history or in nginx's error log). A token only in the query is refused here: the
 * point is to keep it out of URLs. With auth off: 204 and no cookie.
 *
 * A link is no way to change who a browser is signed in as: when the request already carries a
 * valid cookie of another viewer, the answer is 409 and the cookie stays, unless `?replace=1`
 * says the person chose to switch (the page asks them). The same viewer's token (same `iss` and
 * `sub`, a refreshed one say) or an expired or invalid cookie is replaced as before.
 */
import type { Request, Response } from "express";
import { bearerToken, sendError } from "../../common/http.ts";
import { cookieToken, type AuthGrant, type Authorizer } from "./auth.ts";

export interface SessionDeps {
  readonly authorize?: Authorizer;
  readonly config: { readonly authCookie: string };
}

export function sessionRoute(deps: SessionDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    res.set("Cache-Control", "no-store");
    if (!deps.authorize) return void res.status(204).end();
    const token = bearerToken(req.headers.authorization);
    if (!token) return sendError(res, 401, "send the token as Authorization: Bearer <jwt>", { "WWW-Authenticate": 'Bearer realm="logrelay"' });
    // verify() takes the token from the header first: the one checked is the one set
    const verified = await deps.authorize.verify(req, {});
    if (!verified.ok) return sendError(res, verified.status, verified.error, verified.headers);
    if (req.query.replace !== "1" && (await anotherViewer(deps.authorize, cookieToken(req, deps.config.authCookie), token, verified))) {
      return sendError(res, 409, "this browser is signed in with another viewer's token; the session was kept (send ?replace=1 to switch to this token)");
    }
    const maxAge = cookieMaxAge(verified.expiresAt - Date.now());
    // Secure when the page came over HTTPS: a TLS proxy in front of nginx says so (nginx passes
    // the header on); over plain HTTP a Secure cookie would not be stored at all
    const secure = req.secure || req.headers["x-forwarded-proto"] === "https" ? "; Secure" : "";
    res.set("Set-Cookie", `${deps.config.authCookie}=${encodeURIComponent(token)}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure}`);
    res.status(204).end();
  };
}

/** Whether `held` (the cookie's token) is a valid token of another viewer than `offered`'s. */
async function anotherViewer(authorize: Authorizer, held: string | undefined, token: string, offered: AuthGrant): Promise<boolean> {
  if (!held || held === token) return false;
  const current = await authorize.verifyToken(held);
  if (!current.ok) return false; // nothing worth keeping: expired, invalid or unverifiable
  return current.viewer === undefined || current.viewer !== offered.viewer;
}

/**
 * Browsers cap a cookie's lifetime at 400 days (RFC 6265bis), and a token with a huge `exp`
 * (1e300) would otherwise print as `Max-Age=1e+300`, which is no integer at all.
 */
const MAX_COOKIE_AGE_SECONDS = 400 * 86400;

export function cookieMaxAge(msLeft: number): number {
  return Math.min(MAX_COOKIE_AGE_SECONDS, Math.max(0, Math.floor(msLeft / 1000)));
}
