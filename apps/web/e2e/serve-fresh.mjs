// Starts the real server (as `npm start` does) on an empty database in a temporary directory, for one e2e project.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const port = process.argv[2] ?? '3210';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `liandong-e2e-${port}-`));
const root = path.resolve(import.meta.dirname, '../../..');
const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts', 'serve'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port, HOST: '127.0.0.1', LIANDONG_DATA_DIR: dataDir, LIANDONG_LOG_LEVEL: 'warn' },
});
const stop = () => {
  child.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
