/**
 * A streaming (chunked) upload the way `some-build | curl -T -` sends one: the test writes
 * chunks when it wants, and ends it to get the producer's answer.
 */
import http from "node:http";

export interface Upload {
  write(chunk: string | Uint8Array): Promise<void>;
  end(): Promise<{ status: number; json: Record<string, unknown> }>;
  /** the answer, if the producer answered before the end (an error mid-upload) */
  readonly answered: Promise<{ status: number; json: Record<string, unknown> }>;
  destroy(): void;
}

export function startUpload(url: string, headers: Record<string, string> = {}): Upload {
  const req = http.request(url, { method: "POST", headers: { "Content-Type": "text/plain", "Transfer-Encoding": "chunked", ...headers } });
  req.flushHeaders();
  const answered = new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
    req.on("error", reject);
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} }));
      res.on("error", reject);
    });
  });
  answered.catch(() => undefined); // observed by end() or the caller
  return {
    answered,
    write: (chunk) => new Promise<void>((resolve, reject) => req.write(chunk, (err) => (err ? reject(err) : resolve()))),
    end: () => {
      req.end();
      return answered;
    },
    destroy: () => req.destroy(),
  };
}
