// What the three bins share: the usage line when arguments are missing (exit 2), and a failure as one
// message on stderr (exit 1) instead of a stack trace.
import { resolve } from 'node:path';

/** Runs `main` on the arguments resolved against the working directory; `usage` is `name <a> <b> [c]`. */
export function runBin(usage: string, main: (files: string[]) => number | void): void {
  const [name, ...operands] = usage.split(' ');
  const files = process.argv.slice(2);
  const required = operands.filter((operand) => !operand.startsWith('[')).length;
  if (files.length < required || files.length > operands.length) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  try {
    process.exitCode = main(files.map((file) => resolve(file))) ?? 0;
  } catch (error) {
    const failure = error as Error & { stderr?: Buffer | string };
    console.error(`${name}: ${String(failure.stderr ?? '').trim() || failure.message}`);
    process.exit(1);
  }
}
