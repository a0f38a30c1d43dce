import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';

/** The machine the figures belong to: they mean nothing without it. */
export function describeMachine() {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryBytes: totalmem(),
    platform: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    /** 1, 5 and 15-minute load: above the core count, other work shared the machine and the figures are pessimistic. */
    loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
  };
}
