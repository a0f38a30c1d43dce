import { SAMPLE_SPONSOR_GROUP } from '../sponsor-group-sample.js';
import { SETTLEMENT_AREAS } from './fields.js';

/** Valid, fictitious IMM 5494 values, signed on `today` (YYYY-MM-DD). */
export function sampleImm5494(today: string): Record<string, string | boolean> {
  const plan = Object.fromEntries(
    SETTLEMENT_AREAS.flatMap((area) => [
      [`plan.${area.id}.arrangements`, `${area.label.en}: weekly visits and help as needed.`],
      [`plan.${area.id}.responsible`, 'Ruth Campbell, Omar Said'],
    ]),
  );
  return { ...SAMPLE_SPONSOR_GROUP, ...plan, signedBy: 'Élise Gagnon', signedOn: today };
}
