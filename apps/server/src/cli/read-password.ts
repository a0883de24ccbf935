import { isStrongPassword, PASSWORD_MIN_LENGTH } from '@liandong/domain';
import { CliError } from './cli-error.ts';

export const PASSWORD_RULE = `at least ${PASSWORD_MIN_LENGTH} characters with letters and digits, not containing the username / 至少 ${PASSWORD_MIN_LENGTH} 位，须同时含字母和数字，且不能包含用户名`;

/**
 * A new password for `username`: from LIANDONG_PASSWORD (scripts), else typed twice on a terminal without echo.
 * There is no default: without either, the command refuses.
 */
export async function readNewPassword(username: string, env: NodeJS.ProcessEnv): Promise<string> {
  let password = env.LIANDONG_PASSWORD;
  if (password === undefined || password === '') {
    if (!process.stdin.isTTY) {
      throw new CliError(
        'Set LIANDONG_PASSWORD or run this in a terminal to type the password.\n请设置 LIANDONG_PASSWORD 环境变量，或在终端中运行以输入密码。',
      );
    }
    password = await promptHidden(`New password for ${username} / 新密码: `);
    const again = await promptHidden('Repeat it / 再次输入: ');
    if (again !== password) throw new CliError('The two passwords differ. / 两次输入的密码不一致。');
  }
  if (!isStrongPassword(password, username)) {
    throw new CliError(`The password is too weak. It needs ${PASSWORD_RULE}.`);
  }
  return password;
}

/** Reads one line from the terminal in raw mode, echoing nothing, so the password never shows on screen. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  // Echo goes off before the prompt shows, so nothing typed ahead of the handler appears on screen.
  stdin.setRawMode(true);
  process.stdout.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') return finish();
        if (character === '\u0003') return finish(new CliError('Cancelled. / 已取消。', 130));
        if (character === '\u007f' || character === '\b') value = Array.from(value).slice(0, -1).join('');
        else value += character;
      }
    };
    stdin.setEncoding('utf8');
    stdin.resume();
    stdin.on('data', onData);
  });
}
