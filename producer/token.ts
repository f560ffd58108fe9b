/** The producer's bearer token check (PRODUCER_TOKEN): constant time, over hashes so the length leaks nothing either. */
import { createHash, timingSafeEqual } from "node:crypto";
import { bearerToken } from "../common/http.ts";

/** Whether an Authorization header carries the token; always true when no token is set. */
export function tokenCheck(token: string | undefined): (authorization: string | undefined) => boolean {
  if (!token) return () => true;
  const want = createHash("sha256").update(token).digest();
  return (authorization) =>
    timingSafeEqual(
      want,
      createHash("sha256")
        .update(bearerToken(authorization) ?? "")
        .digest(),
    );
}
