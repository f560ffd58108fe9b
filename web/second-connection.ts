/**
 * The page's second connection. The browser gives a page six HTTP/1.1 connections per origin;
 * this page holds two at most, whatever the number of steps: the log's stream, and a second one
 * taken in turn by the step list's first request (for a second at most, so the log's stream need
 * not wait for the list), the head of a log read tail first (see tail-first.ts), and the build's
 * stream, which waits for both.
 */
export class SecondConnection {
  #list: Promise<unknown> = Promise.resolve();
  #head: Promise<unknown> = Promise.resolve();

  /** The step list's first request holds it until it ends, or a second at most. */
  takeForList(request: Promise<unknown>): void {
    this.#list = Promise.race([request, new Promise((r) => setTimeout(r, 1000))]);
  }

  /**
   * A new load of the log. Read tail first, its head may hold the connection until the function
   * returned is called; read whole, nothing waits for it (nor for an earlier load's head).
   */
  newLoad(tailFirst: boolean): () => void {
    let release = () => {};
    this.#head = tailFirst ? new Promise<void>((r) => (release = r)) : Promise.resolve();
    return release;
  }

  /** The head's turn: once the list's request is over. */
  get listDone(): Promise<unknown> {
    return this.#list;
  }

  /** The build's turn: once the list's request and the head, if one is read, are over. */
  forBuild(): Promise<unknown> {
    return Promise.all([this.#list, this.#head]);
  }
}
