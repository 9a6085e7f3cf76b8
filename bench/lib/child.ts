import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ChildOptions {
  /** Extra node flags, e.g. --cpu-prof. */
  readonly nodeArgs?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
  /** Kill the child (SIGKILL) and fail after this long: a step over its budget is reported, not waited for. */
  readonly timeoutMs?: number;
}

/**
 * Runs a bench script in a fresh Node process (through tsx) and returns the JSON it wrote to
 * the result file named by its last argument. A fresh process per measurement gives each its
 * own peak RSS and keeps one measurement's garbage out of the next one's timings.
 */
export async function runChild<T>(script: string, input: unknown, options: ChildOptions = {}): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'medkg-bench-child-'));
  const resultFile = join(dir, 'result.json');
  // Through a file, not argv: query targets can exceed the argument size limit (E2BIG).
  const inputFile = join(dir, 'input.json');
  try {
    await writeFile(inputFile, JSON.stringify(input));
    const args = [...(options.nodeArgs ?? []), '--import', 'tsx', script, inputFile, resultFile];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });
    const tail: string[] = [];
    const keep = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 30) tail.shift();
        options.log?.(line);
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode) => resolve(exitCode));
    }).finally(() => clearTimeout(timer));
    if (timedOut) throw new Error(`stopped after its budget of ${Math.round((options.timeoutMs ?? 0) / 1000)} s`);
    if (code !== 0) throw new Error(`${script} exited with ${code}:\n${tail.join('\n')}`);
    return JSON.parse(await readFile(resultFile, 'utf8')) as T;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** For the child side: its input (the JSON file named by argv[2]) and a function that writes its result. */
export async function childArguments<T>(): Promise<{ input: T; writeResult: (value: unknown) => Promise<void> }> {
  const [inputFile, resultFile] = process.argv.slice(2);
  if (!inputFile || !resultFile) throw new Error('usage: <script> <input json file> <result file>');
  return {
    input: JSON.parse(await readFile(inputFile, 'utf8')) as T,
    writeResult: (value) => writeFile(resultFile, JSON.stringify(value)),
  };
}
