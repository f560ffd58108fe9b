/**
 * The viewer's token. One in the page's address is traded once, before any request, for the
 * relay's HttpOnly cookie and leaves the address bar, so no stream, download or list URL carries
 * it (nor browser history, nor a proxy's error log). If the relay does not take it, it stays in
 * the URLs and the stream says why.
 */
import { tokenToCookie } from "./api.ts";
import { hideNotice, showNotice } from "./notice.ts";
import { withoutToken } from "./url-state.ts";

export class Session {
  #token: string | undefined;

  /** `token`: the one in the page's address, if any. */
  constructor(token: string | undefined) {
    this.#token = token;
  }

  /** The token URLs must carry: undefined once the cookie holds it, or when there is none. */
  get token(): string | undefined {
    return this.#token;
  }

  /** Trades the address's token for the cookie; resolves when requests may go. */
  async start(): Promise<void> {
    if (!this.#token) return;
    const offered = this.#token;
    const session = await tokenToCookie(offered);
    if (session !== "url") {
      this.#token = undefined;
      history.replaceState(null, "", withoutToken(location.search, location.hash));
    }
    // A link must not sign this browser in as someone else: the session it holds stays unless
    // the person chooses the link's token.
    if (session === "kept") offerSwitch(offered);
  }
}

/** The page runs on the session the browser holds; the link's token is one click away. */
function offerSwitch(offered: string): void {
  showNotice(
    "This link carries a different viewer token from the one this browser is signed in with; the page uses your session.",
    [
      {
        label: "Sign in with the link's token",
        run: () =>
          void tokenToCookie(offered, true).then((session) => {
            hideNotice();
            if (session === "cookie") location.reload();
          }),
      },
      { label: "Keep my session", run: hideNotice },
    ],
    "info",
  );
}
