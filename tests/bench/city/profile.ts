/**
 * `--profile`: where the CPU of the hub and of the overhead phase's centres went, from the
 * `.cpuprofile` files `node --cpu-prof` wrote (a directory per process started; the busiest
 * profile of each, since the tsx loader's worker thread writes one of its own). Self time by
 * function and by module or package.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

function profileFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...profileFiles(full));
    else if (entry.endsWith('.cpuprofile')) files.push(full);
  }
  return files;
}

/** Where a function lives, shortly: a package, a file of the repository, or Node's own. */
function placeOf(url: string): string {
  if (url === '') return '(native / V8)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  const repoMatch = /\/(city|shared|server|tests)\/src\/(.*)$/.exec(url) ?? /\/(tests)\/(.*)$/.exec(url);
  return repoMatch ? `${repoMatch[1]}/src/${repoMatch[2]}` : url;
}

/** Microseconds of samples that were not idle. */
function busyMicros(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  return profile.samples.reduce((sum, id, index) => sum + (idle.has(id) ? 0 : (profile.timeDeltas[index] ?? 0)), 0);
}

export function summariseProfiles(dir: string): string[] {
  const lines: string[] = [];
  const byDir = new Map<string, { file: string; profile: CpuProfile }[]>();
  for (const file of profileFiles(dir)) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const list = byDir.get(path.dirname(file)) ?? [];
    list.push({ file, profile });
    byDir.set(path.dirname(file), list);
  }
  for (const [directory, profiles] of byDir) {
    const { file, profile } = profiles.sort((left, right) => busyMicros(right.profile) - busyMicros(left.profile))[0]!;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
    const byFunction = new Map<string, number>();
    const byPlace = new Map<string, number>();
    let total = 0;
    let idle = 0;
    for (const [id, micros] of self) {
      const frame = nodes.get(id)!.callFrame;
      if (frame.functionName === '(idle)') {
        idle += micros;
        continue;
      }
      total += micros;
      const place = placeOf(frame.url);
      const name = `${frame.functionName || '(anonymous)'}  ${place}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
      byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
    }
    const top = (map: Map<string, number>, count: number) =>
      [...map]
        .sort((left, right) => right[1] - left[1])
        .slice(0, count)
        .map(([name, micros]) => `    ${((micros / total) * 100).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`);
    lines.push(`\nCPU profile of ${path.basename(directory)} (${file}): ${(total / 1e6).toFixed(1)} s busy, ${(idle / 1e6).toFixed(1)} s idle`);
    lines.push('  by module or package (self time):', ...top(byPlace, 12));
    lines.push('  by function (self time):', ...top(byFunction, 20));
  }
  return lines;
}
