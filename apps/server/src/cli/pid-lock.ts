import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-error.ts';

/** The file a process holding the SQLite database writes its pid to: `liandong.db.pid` beside `liandong.db`. */
export const lockFileFor = (databaseFile: string) => `${databaseFile}.pid`;

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of another live process holding the database, or null when none does (a stale file does not count). */
export function lockHolder(databaseFile: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(lockFileFor(databaseFile), 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text.trim(), 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  return isProcessAlive(pid) ? pid : null;
}

export function heldByMessage(databaseFile: string, pid: number): string {
  return [
    `A Liandong process (pid ${pid}) is using ${databaseFile}. Stop it first.`,
    `另一个 Liandong 进程（pid ${pid}）正在使用该数据库，请先停止它。`,
    `(If no such server is running, delete ${lockFileFor(databaseFile)}.)`,
  ].join('\n');
}

/**
 * Takes the database for this process: writes our pid with an exclusive create, replacing a stale file left by a
 * process that died. Refuses while another live process holds it. Returns the release function (also run at exit).
 */
export function acquireDatabaseLock(databaseFile: string): () => void {
  const file = lockFileFor(databaseFile);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder(databaseFile);
      if (holder !== null) throw new CliError(heldByMessage(databaseFile, holder));
      if (attempt > 0) throw new CliError(`Cannot take the lock file ${file}; another process keeps writing it.`);
      fs.rmSync(file, { force: true });
    }
  }
  const release = () => {
    process.removeListener('exit', release);
    try {
      if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  };
  process.on('exit', release);
  return release;
}
