import fs from 'node:fs';
import path from 'node:path';

export interface DemoLogin {
  username: string;
  displayName: string;
  /** Role names as the API spells them, or "platform_admin". */
  roles: string;
  organization: string;
  password: string;
}

const FILE_NAME = 'demo-logins.txt';
const HEADER = ['username', 'name / 姓名', 'role / 角色', 'organization / 组织', 'password / 密码'];

// East Asian characters take two columns in a terminal.
const width = (text: string) =>
  [...text].reduce(
    (sum, ch) =>
      sum +
      (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)
        ? 2
        : 1),
    0,
  );
const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - width(text)));

/** The logins as an aligned table, for the terminal and for demo-logins.txt. */
export function formatDemoLogins(logins: DemoLogin[]): string {
  const rows = [HEADER, ...logins.map((l) => [l.username, l.displayName, l.roles, l.organization, l.password])];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => width(row[column]!))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => pad(cell, widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export const demoLoginsFile = (dataDir: string) => path.join(dataDir, FILE_NAME);

export function writeDemoLogins(dataDir: string, logins: DemoLogin[]): void {
  const text = [
    'Liandong demo logins — for this demo database only / 演示账号，仅用于本演示数据库',
    '',
    formatDemoLogins(logins),
    '',
  ].join('\n');
  fs.writeFileSync(demoLoginsFile(dataDir), text, { mode: 0o600 });
}

/** The saved table, or null when this data directory was not made by `liandong demo`. */
export function readDemoLogins(dataDir: string): string | null {
  try {
    return fs.readFileSync(demoLoginsFile(dataDir), 'utf8');
  } catch {
    return null;
  }
}
