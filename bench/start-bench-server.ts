import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

/** Starts bench-server.ts in a child process and resolves with its port and a stop function. */
export async function startBenchServer(
  env: Record<string, string> = {},
): Promise<{ port: number; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // BENCH_PROFILE=<dir> writes a CPU profile of the server (open it in Chrome's DevTools) to find what to speed up.
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'bench-server.ts'),
    ],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    },
  );
  const firstLine = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const { port } = JSON.parse(firstLine) as { port: number };
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}
