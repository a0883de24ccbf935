import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeys } from './keys.ts';
import { MASTER_KEY_FILE, parseMasterKey, resolveMasterKey, writeMasterKeyFile } from './master-key.ts';

let root: string;
let messages: string[];
const log = (message: string) => messages.push(message);

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-master-key-'));
  messages = [];
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('resolveMasterKey from the key file', () => {
  it('generates a key file (mode 0600, one line of base64) in a new data directory and warns once', () => {
    const dataDir = path.join(root, 'nested', 'data');
    const key = resolveMasterKey({ env: {}, dataDir, log });
    expect(key.length).toBe(32);

    const file = path.join(dataDir, MASTER_KEY_FILE);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(Buffer.from(text.trim(), 'base64').equals(key)).toBe(true);

    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(file);
    expect(messages[0]).toMatch(/back this file up together with the database/i);
    expect(messages[0]).toContain('备份');
    expect(messages[0]).toContain('身份证号');
  });

  it('reuses the file on the second call without warning again', () => {
    const first = resolveMasterKey({ env: {}, dataDir: root, log });
    const second = resolveMasterKey({ env: {}, dataDir: root, log });
    expect(second.equals(first)).toBe(true);
    expect(messages).toHaveLength(1);
    // What one start encrypted, the next start can read.
    expect(createKeys(second).decrypt(createKeys(first).encrypt('13800138000'))).toBe('13800138000');
  });

  it('generates different keys in different data directories', () => {
    const a = resolveMasterKey({ env: {}, dataDir: path.join(root, 'a'), log });
    const b = resolveMasterKey({ env: {}, dataDir: path.join(root, 'b'), log });
    expect(a.equals(b)).toBe(false);
  });

  it('reads a key file another process wrote, with or without a trailing newline', () => {
    const key = randomBytes(32);
    fs.writeFileSync(path.join(root, MASTER_KEY_FILE), key.toString('base64'));
    expect(resolveMasterKey({ env: {}, dataDir: root, log }).equals(key)).toBe(true);
    expect(messages).toEqual([]);
  });

  it('gives processes starting at the same time one and the same key', async () => {
    const dataDir = path.join(root, 'race');
    const go = path.join(root, 'go');
    // Each child loads the module, says so, then spins until the go file appears, so all resolve at once.
    const script = [
      `import fs from 'node:fs';`,
      `import { resolveMasterKey } from ${JSON.stringify(path.join(import.meta.dirname, 'master-key.ts'))};`,
      `console.log('ready');`,
      // The deadline keeps a child from spinning forever should the test fail before the go file is written.
      `const deadline = Date.now() + 20_000;`,
      `while (!fs.existsSync(${JSON.stringify(go)}) && Date.now() < deadline);`,
      `const key = resolveMasterKey({ env: {}, dataDir: ${JSON.stringify(dataDir)}, log: () => console.log('generated') });`,
      `console.log(key.toString('base64'));`,
    ].join('\n');
    const children = Array.from({ length: 8 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, LIANDONG_MASTER_KEY: '' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      const ready = new Promise<void>((resolve) =>
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('ready')) resolve();
        }),
      );
      const done = new Promise<string[]>((resolve) => child.on('close', () => resolve(stdout.trim().split('\n'))));
      return { ready, done };
    });
    await Promise.all(children.map((child) => child.ready));
    fs.writeFileSync(go, '');
    const outputs = await Promise.all(children.map((child) => child.done));

    const keys = new Set(outputs.map((lines) => lines.at(-1)));
    expect(keys).toEqual(new Set([fs.readFileSync(path.join(dataDir, MASTER_KEY_FILE), 'utf8').trim()]));
    expect(outputs.filter((lines) => lines.includes('generated'))).toHaveLength(1);
  }, 30_000);

  it('throws on a malformed key file and leaves it in place', () => {
    const file = path.join(root, MASTER_KEY_FILE);
    for (const content of ['', 'not a key\n', `${randomBytes(16).toString('base64')}\n`, randomBytes(32).toString()]) {
      fs.writeFileSync(file, content);
      expect(() => resolveMasterKey({ env: {}, dataDir: root, log })).toThrow(/does not hold a master key/);
      expect(fs.readFileSync(file, 'utf8')).toBe(content);
    }
    expect(messages).toEqual([]);
  });
});

describe('resolveMasterKey from LIANDONG_MASTER_KEY', () => {
  it('accepts 32 bytes as base64 (with or without padding, URL-safe too) or as 64 hex characters', () => {
    const key = randomBytes(32);
    const spellings = [
      key.toString('base64'),
      key.toString('base64').replace(/=$/, ''),
      key.toString('base64url'),
      key.toString('hex'),
      key.toString('hex').toUpperCase(),
      ` ${key.toString('base64')}\n`,
    ];
    for (const value of spellings) {
      expect(resolveMasterKey({ env: { LIANDONG_MASTER_KEY: value }, dataDir: root, log }).equals(key)).toBe(true);
    }
    // The variable wins and no key file is written.
    expect(fs.existsSync(path.join(root, MASTER_KEY_FILE))).toBe(false);
    expect(messages).toEqual([]);
  });

  it('throws a clear error for anything else', () => {
    const invalid = [
      'secret',
      randomBytes(16).toString('base64'),
      randomBytes(33).toString('base64'),
      randomBytes(31).toString('hex'),
      `${randomBytes(32).toString('hex')}0`,
      `${randomBytes(32).toString('base64').slice(0, 42)}!=`,
      'z'.repeat(64),
    ];
    for (const value of invalid) {
      expect(() => resolveMasterKey({ env: { LIANDONG_MASTER_KEY: value }, dataDir: root, log })).toThrow(
        /LIANDONG_MASTER_KEY must be 32 bytes/,
      );
    }
    expect(fs.existsSync(path.join(root, MASTER_KEY_FILE))).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    const key = resolveMasterKey({ env: { LIANDONG_MASTER_KEY: '' }, dataDir: root, log });
    expect(fs.readFileSync(path.join(root, MASTER_KEY_FILE), 'utf8').trim()).toBe(key.toString('base64'));
  });

  it('warns when a key file with a different key exists beside it', () => {
    resolveMasterKey({ env: {}, dataDir: root, log });
    messages = [];
    const key = randomBytes(32);
    expect(resolveMasterKey({ env: { LIANDONG_MASTER_KEY: key.toString('hex') }, dataDir: root, log })).toEqual(key);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/differs from the key in/);
  });
});

describe('writeMasterKeyFile', () => {
  it('creates the file once and never overwrites it', () => {
    const file = path.join(root, MASTER_KEY_FILE);
    const first = randomBytes(32);
    expect(writeMasterKeyFile(file, first)).toBe(true);
    expect(writeMasterKeyFile(file, randomBytes(32))).toBe(false);
    expect(resolveMasterKey({ env: {}, dataDir: root, log }).equals(first)).toBe(true);
  });
});

describe('parseMasterKey', () => {
  it('returns null rather than a short or padded-out key', () => {
    expect(parseMasterKey('')).toBeNull();
    expect(parseMasterKey('A'.repeat(44))).toBeNull();
    expect(parseMasterKey(Buffer.alloc(32, 1).toString('base64'))).toEqual(Buffer.alloc(32, 1));
  });
});
