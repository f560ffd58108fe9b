/**
 * Waiting for a response to take more: resolves true on `drain`, false once it has closed. The
 * two listeners live as long as the wait and are removed when it ends, so a long backlog or
 * download that waits hundreds of times never piles up `close` listeners on one response
 * (`once(res, "close")` per wait did, and Node warned MaxListenersExceededWarning after ten).
 */
import type { ServerResponse } from "node:http";

export function drained(res: ServerResponse): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const settle = (ok: boolean) => {
      res.off("drain", onDrain);
      res.off("close", onClose);
      resolve(ok);
    };
    const onDrain = () => settle(true);
    const onClose = () => settle(false);
    res.on("drain", onDrain);
    res.on("close", onClose);
  });
}
