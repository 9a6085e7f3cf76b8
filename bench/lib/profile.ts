/** The parts of a V8 .cpuprofile (node --cpu-prof) that the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly hitCount?: number;
    readonly children?: readonly number[];
  }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

export interface ProfileFrame {
  /** function (file), with the path relative to the repository where it is inside it. */
  readonly frame: string;
  readonly selfMs: number;
  readonly share: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  /** Top frames by self time. */
  readonly topSelf: readonly ProfileFrame[];
  /** Self time summed by source file (our modules, node_modules packages, node internals). */
  readonly byFile: readonly ProfileFrame[];
}

function shortUrl(url: string, root: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//u, '');
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(path);
  if (modules) return `node_modules/${modules[1]}`;
  return path.startsWith(root) ? path.slice(root.length).replace(/^\//u, '') : path;
}

function top(map: Map<string, number>, total: number, count: number): ProfileFrame[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([frame, selfMs]) => ({ frame, selfMs, share: total > 0 ? selfMs / total : 0 }));
}

/**
 * Self time per frame and per source file. Each sample's time delta is charged to the frame
 * it landed in (hit counts times the mean interval when deltas are absent); "(idle)" and
 * "(program)" are kept, so an I/O-bound run shows as such instead of hiding its waits.
 */
export function summariseProfile(profile: CpuProfile, root: string, count = 12): ProfileSummary {
  const selfByNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length > 0 && deltas.length === samples.length) {
    // V8 stores the delta before each sample; the time until the next sample belongs to it.
    samples.forEach((id, index) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (deltas[index + 1] ?? 0) / 1000));
  } else {
    const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    const interval = hits > 0 ? (profile.endTime - profile.startTime) / 1000 / hits : 0;
    for (const node of profile.nodes) selfByNode.set(node.id, (node.hitCount ?? 0) * interval);
  }
  const byFrame = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const self = selfByNode.get(node.id) ?? 0;
    if (self === 0) continue;
    total += self;
    const file = shortUrl(node.callFrame.url, root);
    const name = node.callFrame.functionName || '(anonymous)';
    // Line numbers are those of tsx's transpiled output, not of the source: the file is enough.
    const frame = node.callFrame.url ? `${name} (${file})` : name;
    byFrame.set(frame, (byFrame.get(frame) ?? 0) + self);
    byFile.set(file, (byFile.get(file) ?? 0) + self);
  }
  return { totalMs: total, topSelf: top(byFrame, total, count), byFile: top(byFile, total, count) };
}

/**
 * Several profiles as one: node ids are renumbered so they stay unique, samples and deltas are
 * concatenated, and the time span is the sum of the spans (the summary only needs self times).
 */
export function mergeProfiles(profiles: readonly CpuProfile[]): CpuProfile {
  const nodes: CpuProfile['nodes'][number][] = [];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let offset = 0;
  let span = 0;
  for (const profile of profiles) {
    const maxId = profile.nodes.reduce((max, node) => Math.max(max, node.id), 0);
    for (const node of profile.nodes) {
      nodes.push({ ...node, id: node.id + offset, ...(node.children ? { children: node.children.map((child) => child + offset) } : {}) });
    }
    const own = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.push(...own.map((id) => id + offset));
    // Keep deltas aligned with samples even when a profile lacks them.
    timeDeltas.push(...(deltas.length === own.length ? deltas : own.map(() => 0)));
    span += profile.endTime - profile.startTime;
    offset += maxId + 1;
  }
  return { nodes, samples, timeDeltas, startTime: 0, endTime: span };
}
