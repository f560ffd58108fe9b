/**
 * nginx caps the appends in flight to the producers (`limit_conn appends_in_flight 1024` in
 * nginx.conf): past the cap an append gets nginx's 503 + Retry-After at once, before the
 * producer sees it, so past saturation refusals stay quick. The producer is SIGSTOPped here,
 * so every append it was sent stays in flight; an upload (a chunked body) is not counted.
 */
import http from "node:http";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { startUpload } from "../support/upload.ts";

const CAP = 1024;
const SENT = CAP + 76;
let stack: LocalStack;

beforeAll(async () => {
  const soft = Number(/^Max open files\s+(\d+)/m.exec(readFileSync("/proc/self/limits", "utf8"))?.[1] ?? 0);
  if (soft < 4 * SENT) throw new Error(`this test opens ${SENT} connections at once: raise the open-files limit (ulimit -n ${4 * SENT}; it is ${soft})`);
  stack = await startTestStack({ relays: 1 });
});
afterAll(stopAllStacks);

interface Answer {
  status: number;
  retryAfter?: string;
  body: string;
}

/** One append on a connection of its own (each in flight holds one), answered or failed. */
function append(url: URL, body: string): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { method: "POST", agent: false, headers: { "Content-Type": "text/plain", "Content-Length": Buffer.byteLength(body) } },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (s: string) => (text += s));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"], body: text }));
      },
    );
    req.on("error", (err) => resolve({ status: 0, body: err.message }));
    req.end(body);
  });
}

describe("appends in flight to the producer", () => {
  it(`are capped in nginx at ${CAP}: the excess gets 503 + Retry-After at once and stores nothing; uploads are not counted`, { timeout: 120_000 }, async () => {
    const step = uniqueStep();
    const url = new URL(`${stack.url}${step.path}/logs`);
    const producer = stack.producer;
    producer.pause();
    let resumed = false;
    try {
      const answers: (Answer | undefined)[] = new Array(SENT);
      const sent = Array.from({ length: SENT }, (_, i) => append(url, `append ${i}\n`).then((a) => (answers[i] = a)));
      // with the producer stopped nothing it was sent can be answered: the refusals are nginx's
      await waitFor(() => answers.filter((a) => a !== undefined).length === SENT - CAP, `${SENT - CAP} appends refused`, 60_000, 50);
      const refused = answers.filter((a): a is Answer => a !== undefined);
      for (const a of refused) {
        expect(a.status).toBe(503);
        expect(a.retryAfter).toBe("1");
        expect(JSON.parse(a.body)).toEqual({ error: expect.stringMatching(/busy/) });
      }
      // an upload is not an append in flight: it still reaches the (stopped) producer's queue
      const uploadStep = uniqueStep();
      const upload = startUpload(`${stack.url}${uploadStep.path}/logs`);
      let uploadAnswered = 0;
      void upload.answered.then((a) => (uploadAnswered = a.status));
      await upload.write("uploaded\n");
      await new Promise((r) => setTimeout(r, 1000)); // nginx's refusal would have come by now
      expect(uploadAnswered).toBe(0);
      expect(answers.filter((a) => a !== undefined)).toHaveLength(SENT - CAP); // no more refused meanwhile
      producer.resume();
      resumed = true;
      await Promise.all(sent);
      expect(answers.filter((a) => a!.status === 200)).toHaveLength(CAP);
      expect((await upload.end()).status).toBe(200);
      const stored = (await (await fetch(`${stack.url}${step.path}/logs`)).text()).split("\n").slice(0, -1);
      expect(stored).toHaveLength(CAP);
      const refusedBodies = new Set(answers.flatMap((a, i) => (a!.status === 503 ? [`append ${i}`] : [])));
      expect(stored.filter((line) => refusedBodies.has(line))).toEqual([]);
      expect(await (await fetch(`${stack.url}${uploadStep.path}/logs`)).text()).toBe("uploaded\n");
    } finally {
      if (!resumed) producer.resume();
    }
  });
});
