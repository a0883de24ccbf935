/** Where commands write: stdout for results, stderr for warnings. Tests pass their own to read what was said. */
export interface CliOutput {
  info(line: string): void;
  warn(line: string): void;
}

export const consoleOutput: CliOutput = {
  info: (line) => process.stdout.write(`${line}\n`),
  warn: (line) => process.stderr.write(`${line}\n`),
};

/** Collects what a command printed, for tests. */
export function memoryOutput(): CliOutput & { lines: string[]; text(): string } {
  const lines: string[] = [];
  return {
    lines,
    info: (line) => lines.push(line),
    warn: (line) => lines.push(line),
    text: () => lines.join('\n'),
  };
}
