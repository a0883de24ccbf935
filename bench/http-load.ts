import http from 'node:http';

export interface RequestSpec {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requests: number;
  ratePerS: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/**
 * Sends requests from `concurrency` keep-alive clients on loopback for `durationMs` and reports throughput and latency.
 * Bounded in time and count, and only ever aimed at this machine.
 */
export async function runLoad(options: {
  port: number;
  concurrency: number;
  durationMs: number;
  request: (index: number) => RequestSpec;
  /**
   * Open loop: send at this steady rate whatever the answers' pace, timing each request from when it was due
   * (so a stall counts against every request queued behind it). Without it, each client sends its next request
   * when the last one is answered (closed loop), which measures throughput.
   */
  ratePerS?: number;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const deadline = Date.now() + options.durationMs;

  const one = (index: number, due = performance.now()) =>
    new Promise<void>((resolve) => {
      const spec = options.request(index);
      const started = due;
      const req = http.request(
        { host: '127.0.0.1', port: options.port, method: spec.method, path: spec.path, headers: spec.headers, agent },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - started);
            if ((res.statusCode ?? 500) >= 400) errors += 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      if (spec.body) req.write(spec.body);
      req.end();
    });

  const started = Date.now();
  if (options.ratePerS) {
    const interval = 1000 / options.ratePerS;
    const origin = performance.now();
    const pending: Promise<void>[] = [];
    while (Date.now() < deadline) {
      const due = origin + counter * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(one(counter++, due));
    }
    await Promise.all(pending);
  } else {
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (Date.now() < deadline && counter < 5_000_000) await one(counter++);
      }),
    );
  }
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Number((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(2));
  return {
    requests: latencies.length,
    ratePerS: Math.round(latencies.length / elapsed),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
  };
}
