import { spawn } from 'node:child_process';

/**
 * Opens `url` in the desktop's browser when there is a desktop to open it on; on a headless server (no display,
 * not a terminal, CI, or LIANDONG_NO_BROWSER set) it does nothing and the printed URL is the way in.
 */
export function openBrowser(url: string, env: NodeJS.ProcessEnv): boolean {
  if (env.LIANDONG_NO_BROWSER || env.CI || !process.stdout.isTTY) return false;
  const command =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : env.DISPLAY || env.WAYLAND_DISPLAY
          ? ['xdg-open', url]
          : null;
  if (!command) return false;
  try {
    const child = spawn(command[0]!, command.slice(1), { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
