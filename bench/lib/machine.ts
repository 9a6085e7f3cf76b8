import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** What the numbers were measured on, printed at the top of the report. */
export interface MachineInfo {
  readonly cores: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
  readonly commit: string;
  /** True when the work tree had uncommitted changes: the numbers are of the commit plus those. */
  readonly dirty: boolean;
}

function git(args: readonly string[]): string {
  try {
    return execFileSync('git', [...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** Reads the machine, the Node version, the git commit and the clock (injected for tests). */
export function readMachineInfo(clock: () => Date = () => new Date()): MachineInfo {
  const processors = cpus();
  return {
    cores: processors.length,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: clock().toISOString(),
    commit: git(['rev-parse', '--short=12', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--untracked-files=no']).length > 0,
  };
}
