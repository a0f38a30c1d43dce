import type { CostPerThousand } from './report/cost-per-thousand.js';
import type { ColdStart } from './sections/cold-start.js';
import type { HandlerAloneResult } from './sections/handler-alone.js';
import type { IngestResult } from './sections/ingest-through-stack.js';
import type { OfficerActionResult } from './sections/officer-action.js';
import type { PeakMemory } from './sections/peak-memory.js';
import type { PeerPair } from './sections/peers.js';
import type { SynthesizedBundle } from './sections/synthesized-bundles.js';

/** Everything a bench run measures, as bench/results.json keeps it. */
export interface BenchFigures {
  ingest?: IngestResult;
  handlerAlone?: HandlerAloneResult[];
  officerAction?: OfficerActionResult;
  floors?: { pdfsPerMessage: number; floorP50Ms: number }[];
  formReaders?: { pairs: PeerPair[]; fieldCounts: Record<string, { project: number; pdfjs: number }> };
  mimeParsers?: PeerPair[];
  bundles?: (SynthesizedBundle & { topPackages: { name: string; bytes: number }[]; coldStarts: ColdStart[] })[];
  memory?: PeakMemory[];
  cost?: { newCase?: CostPerThousand; officerAction?: CostPerThousand };
  /** Sections that failed, with the reason: the run goes on and reports the rest. */
  errors: Record<string, string>;
}
