// Builds the web app when apps/web/dist is missing or older than any of its sources, so `npm start` always serves
// the current UI without rebuilding on every start.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'apps/web/dist/index.html');
const sources = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'packages/domain/src',
];

function newestMtime(target) {
  const full = path.join(root, target);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((entry) => newestMtime(path.join(target, entry))));
}

const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
if (builtAt > Math.max(...sources.map(newestMtime))) {
  console.log('Web app is up to date.');
} else {
  console.log('Building the web app (first start or sources changed)…');
  execSync('npm run build -w apps/web', { cwd: root, stdio: 'inherit' });
}
