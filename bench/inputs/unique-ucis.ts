/**
 * Distinct 10-digit UCIs in a seeded order: the case is keyed by UCI, so each form must name a
 * client no other form in the run names, or it would join a case instead of opening one.
 */
export function uniqueUcis(random: () => number): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const uci = String(1_000_000_000 + Math.floor(random() * 9_000_000_000));
      if (!used.has(uci)) {
        used.add(uci);
        return uci;
      }
    }
  };
}
