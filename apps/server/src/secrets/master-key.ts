import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const MASTER_KEY_BYTES = 32;
export const MASTER_KEY_FILE = 'master.key';
const ENV_VARIABLE = 'LIANDONG_MASTER_KEY';

export interface ResolveMasterKeyOptions {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  /** Where the one-time "a key was generated, back it up" warning goes (the CLI's warn output). */
  log: (message: string) => void;
}

/**
 * The 32-byte master key every other key derives from: `LIANDONG_MASTER_KEY` (base64 or 64 hex characters) when
 * set, else `<dataDir>/master.key`, generated on first start. Throws when the variable or the file is malformed,
 * never falling back to a fresh key, since a new key would silently make every encrypted value unreadable.
 */
export function resolveMasterKey({ env, dataDir, log }: ResolveMasterKeyOptions): Buffer {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  const fromEnv = env[ENV_VARIABLE]?.trim();
  // An empty variable (e.g. `${UNSET}` in a compose file) counts as unset, like LIANDONG_DATA_DIR in the demo.
  if (fromEnv) {
    const key = parseMasterKey(fromEnv);
    if (key === null) {
      throw new Error(
        `${ENV_VARIABLE} must be ${MASTER_KEY_BYTES} bytes written as base64 (44 characters) or hex (64 characters); ` +
          `generate one with \`openssl rand -base64 32\`. / ${ENV_VARIABLE} 格式无效，应为 32 字节的 base64 或十六进制。`,
      );
    }
    warnIfFileDiffers(file, key, log);
    return key;
  }
  let existing: Buffer | null;
  try {
    existing = readMasterKeyFile(file);
  } catch {
    // Possibly another process's key file caught between its creation and its one write: look again before refusing.
    return readWinnersKeyFile(file);
  }
  if (existing !== null) return existing;

  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(MASTER_KEY_BYTES);
  if (!writeMasterKeyFile(file, key)) return readWinnersKeyFile(file);
  log(generatedWarning(file));
  return key;
}

/** A key written as base64 (standard or URL-safe, padding optional) or as 64 hex characters; null when neither. */
export function parseMasterKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  // Buffer.from(…, 'base64') skips characters it does not know, so the shape is checked first.
  if (/^[A-Za-z0-9+/]{43}=?$/.test(value) || /^[A-Za-z0-9_-]{43}=?$/.test(value)) {
    const key = Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64');
    return key.length === MASTER_KEY_BYTES ? key : null;
  }
  return null;
}

/** The key in `file`, null when there is no file; a file that holds anything else throws rather than be replaced. */
export function readMasterKeyFile(file: string): Buffer | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const key = parseMasterKey(text);
  if (key === null) {
    throw new Error(
      `${file} does not hold a master key (expected one line of base64 for ${MASTER_KEY_BYTES} bytes). ` +
        'Restore it from your backup; do not delete it while the database holds encrypted data. ' +
        `/ 主密钥文件 ${file} 格式无效，请从备份中恢复；数据库中已有加密数据时切勿删除该文件。`,
    );
  }
  return key;
}

/**
 * Writes `key` to a new `file` (mode 0600) exclusively ('wx'), so of two processes starting at once only one key is
 * ever written; false when the file already exists. Synced, directory included: losing the key after encrypted
 * rows were committed would lose those rows too.
 */
export function writeMasterKeyFile(file: string, key: Buffer): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${key.toString('base64')}\n`);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    // A half-written file would be refused as malformed on every later start; no one can have used it yet.
    fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  syncDirectory(path.dirname(file));
  return true;
}

// The winner writes its one line right after creating the file; give it a moment before calling the file malformed.
function readWinnersKeyFile(file: string): Buffer {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let problem: unknown = new Error(`${file} disappeared while another process was creating it.`);
  for (let attempt = 0; attempt < 10; attempt++) {
    if (attempt > 0) Atomics.wait(pause, 0, 0, 20);
    try {
      const key = readMasterKeyFile(file);
      if (key !== null) return key;
    } catch (error) {
      problem = error;
    }
  }
  throw problem;
}

function syncDirectory(directory: string) {
  try {
    const fd = fs.openSync(directory, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot open a directory to sync it; the file itself is synced.
  }
}

function warnIfFileDiffers(file: string, key: Buffer, log: (message: string) => void) {
  let fileKey: Buffer | null;
  try {
    fileKey = readMasterKeyFile(file);
  } catch {
    fileKey = null;
  }
  if (fileKey !== null && !fileKey.equals(key)) {
    log(
      `Warning: ${ENV_VARIABLE} differs from the key in ${file}; data encrypted with that file's key cannot be read. ` +
        `/ 警告：${ENV_VARIABLE} 与 ${file} 中的密钥不同，用该文件密钥加密的数据将无法读取。`,
    );
  }
}

function generatedWarning(file: string): string {
  const rule = '='.repeat(78);
  return [
    rule,
    `已生成新的主密钥 / A new master key was generated: ${file}`,
    '请将此文件与数据库一起备份。丢失该文件后，已加密保存的身份证号和手机号将无法读取。',
    'Back this file up together with the database. Without it, the encrypted ID and phone numbers cannot be read.',
    `如改用环境变量 ${ENV_VARIABLE}，请设为此文件的内容。 / To use ${ENV_VARIABLE} instead, set it to this file's content.`,
    rule,
  ].join('\n');
}
