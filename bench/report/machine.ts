import { arch, cpus, platform, release, totalmem } from 'node:os';

/** The machine the figures belong to: they mean nothing without it. */
export function describeMachine() {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryBytes: totalmem(),
    platform: `${platform()} ${release()} ${arch()}`,
    node: process.version,
  };
}
