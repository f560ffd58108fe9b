import type { IncomingMessage } from "node:http";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { grants, logPatterns, makeAuthorizer } from "../../relay/http/auth.ts";
import { loadRelayConfig } from "../../relay/config.ts";

const step = { org: "acme", repo: "app", build: 12, step: 3 };

describe("grants", () => {
  it.each([
    ["*", true],
    ["acme", true],
    ["acme/*", true],
    ["acme/app", true],
    ["acme/app/12", true],
    ["acme/app/12/3", true],
    ["*/app/*/3", true],
    ["*/*/*/*", true],
    ["acme/app/*/3", true],
    ["acme/other", false],
    ["acmex/*", false],
    ["acm", false],
    ["ACME/*", false],
    ["acme/app/13", false],
    ["acme/app/12/4", false],
    ["acme/app/012", false],
    ["acme/app/12/3/extra", false],
    ["acme/app*", false],
    ["acme/a*", false],
    ["", false],
    ["/", false],
    ["acme/", false],
    ["acme//12", false],
    ["acme/app/12/", false],
    ["**", false],
  ])("pattern %j grants acme/app/12/3: %s", (pattern, expected) => {
    expect(grants(pattern, step)).toBe(expected);
  });
});

describe("logPatterns", () => {
  it("takes an array of strings, a single string, and ignores anything else", () => {
    expect(logPatterns({ logs: ["acme/*", 3, null, "x/y"] })).toEqual(["acme/*", "x/y"]);
    expect(logPatterns({ logs: "acme/*" })).toEqual(["acme/*"]);
    expect(logPatterns({ logs: { "acme/*": true } })).toEqual([]);
    expect(logPatterns({})).toEqual([]);
  });
});

describe("makeAuthorizer", () => {
  const secret = "unit-test-secret-of-at-least-32-bytes!";
  const key = new TextEncoder().encode(secret);
  const authorize = makeAuthorizer({ secret, cookie: "logrelay_token" })!;
  const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
  const sign = (claims: Record<string, unknown>, exp: string | number = "5m") =>
    new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setExpirationTime(exp).sign(key);

  it("is undefined (open) when neither a secret nor a JWKS URL is set", () => {
    expect(makeAuthorizer({ cookie: "c" })).toBeUndefined();
  });

  it("accepts a bearer scheme in any case, the query and the cookie, and tells when the token expires", async () => {
    const exp = Math.floor(Date.now() / 1000) + 300;
    const token = await sign({ logs: ["acme/*"] }, exp);
    const granted = { ok: true, expiresAt: exp * 1000 };
    expect(await authorize(req({ authorization: `bearer ${token}` }), {}, step)).toEqual(granted);
    expect(await authorize(req({}), { token }, step)).toEqual(granted);
    expect(await authorize(req({ cookie: `a=b; logrelay_token=${token}; c=d` }), {}, step)).toEqual(granted);
  });

  it("answers 401 to a cookie with a broken escape, not an error", async () => {
    expect(await authorize(req({ cookie: "logrelay_token=%E0%A4%A" }), {}, step)).toMatchObject({ ok: false, status: 401 });
  });

  it("reads the cookie named by AUTH_COOKIE only", async () => {
    const custom = makeAuthorizer({ secret, cookie: "ci_auth" })!;
    const token = await sign({ logs: ["*"] });
    expect(await custom(req({ cookie: `ci_auth=${token}` }), {}, step)).toEqual({ ok: true, expiresAt: expect.any(Number) });
    expect(await custom(req({ cookie: `logrelay_token=${token}` }), {}, step)).toMatchObject({ ok: false, status: 401 });
  });

  it("refuses a token not valid yet (nbf) and one signed with another HMAC algorithm", async () => {
    const early = await new SignJWT({ logs: ["*"] }).setProtectedHeader({ alg: "HS256" }).setNotBefore("10m").setExpirationTime("20m").sign(key);
    const hs512 = await new SignJWT({ logs: ["*"] })
      .setProtectedHeader({ alg: "HS512" })
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(secret.repeat(2)));
    expect(await authorize(req({}), { token: early }, step)).toMatchObject({ ok: false, status: 401 });
    expect(await authorize(req({}), { token: hs512 }, step)).toMatchObject({ ok: false, status: 401 });
  });

  it("refuses a token without exp", async () => {
    const token = await new SignJWT({ logs: ["*"] }).setProtectedHeader({ alg: "HS256" }).sign(key);
    expect(await authorize(req({}), { token }, step)).toMatchObject({ ok: false, status: 401 });
  });

  it("checks issuer and audience when configured", async () => {
    const strict = makeAuthorizer({ secret, cookie: "c", issuer: "ci", audience: "logrelay" })!;
    const good = await new SignJWT({ logs: ["*"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("ci")
      .setAudience("logrelay")
      .setExpirationTime("5m")
      .sign(key);
    const other = await new SignJWT({ logs: ["*"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("ci")
      .setAudience("elsewhere")
      .setExpirationTime("5m")
      .sign(key);
    expect(await strict(req({}), { token: good }, step)).toEqual({ ok: true, expiresAt: expect.any(Number) });
    expect(await strict(req({}), { token: other }, step)).toMatchObject({ ok: false, status: 401 });
  });

  it("config refuses a secret and a JWKS URL together", () => {
    expect(() => loadRelayConfig({ AUTH_JWT_SECRET: "x", AUTH_JWKS_URL: "https://id.example/jwks" })).toThrow(/AUTH_JWT_SECRET or AUTH_JWKS_URL/);
  });
});
