/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Incompressible bytes from the seeded sequence, as a scanner's JPEG data would be. */
export function seededBytes(random: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index += 4) {
    const word = Math.floor(random() * 4_294_967_296);
    bytes[index] = word & 0xff;
    if (index + 1 < length) bytes[index + 1] = (word >>> 8) & 0xff;
    if (index + 2 < length) bytes[index + 2] = (word >>> 16) & 0xff;
    if (index + 3 < length) bytes[index + 3] = word >>> 24;
  }
  return bytes;
}
