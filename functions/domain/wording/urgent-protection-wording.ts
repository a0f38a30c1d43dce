import { foldText, phrasePattern } from './fold-text.js';

/**
 * The words an officer's email uses, in English or French, for the facts seed 002 turns on: an
 * unaccompanied minor, and a destination in Quebec. Words only, written as people write them; the
 * matching (accents, case, word edges) is {@link foldText}'s and {@link phrasePattern}'s.
 */
export const URGENT_PROTECTION_WORDS = {
  unaccompaniedMinor: [
    'unaccompanied minor',
    'unaccompanied minors',
    'unaccompanied child',
    'unaccompanied children',
    'unaccompanied youth',
    'separated minor',
    'separated child',
    'mineur non accompagné',
    'mineure non accompagnée',
    'mineurs non accompagnés',
    'mineures non accompagnées',
    'enfant non accompagné',
    'enfant non accompagnée',
    'enfants non accompagnés',
    'mineur isolé',
    'mineure isolée',
    'mineurs isolés',
    'mineures isolées',
  ],
  /** Words that say where the person is going, before the place. */
  destination: [
    'destination',
    'destined to',
    'destined for',
    'bound for',
    'settle in',
    'settling in',
    'will settle in',
    'resettle in',
    'resettled in',
    'going to',
    'moving to',
    'will live in',
    'province',
    'destiné à',
    'destinée à',
    'destinés à',
    'destinées à',
    'destiné au',
    'destinée au',
    'à destination de',
    "s'établir à",
    "s'établir au",
    "s'établira à",
    "s'installer à",
    "s'installer au",
    "s'installera à",
    'réinstallé à',
    'réinstallée à',
    'réinstallés à',
    'ira à',
    'iront à',
  ],
  /** Quebec, and the cities resettled refugees are destined to there. */
  quebec: [
    'quebec',
    'québec',
    'qc',
    'montreal',
    'montréal',
    'laval',
    'gatineau',
    'sherbrooke',
    'saguenay',
    'trois-rivières',
    'lévis',
    'longueuil',
    'drummondville',
    'saint-jérôme',
    'granby',
    'joliette',
    'saint-hyacinthe',
    'victoriaville',
  ],
} as const;

// The place follows its cue within a short stretch: "will settle in the city of Montréal, Quebec".
const CUE_TO_PLACE_CHARACTERS = 60;
const UNACCOMPANIED_MINOR = phrasePattern(URGENT_PROTECTION_WORDS.unaccompaniedMinor);
const DESTINATION = phrasePattern(URGENT_PROTECTION_WORDS.destination);
const QUEBEC = phrasePattern(URGENT_PROTECTION_WORDS.quebec);

/** Whether the text speaks of an unaccompanied (or separated) minor, in English or French. */
export function mentionsUnaccompaniedMinor(text: string): boolean {
  return new RegExp(UNACCOMPANIED_MINOR).test(foldText(text));
}

/** Whether the text gives a destination in Quebec: a destination word, then a Quebec place soon after. */
export function destinedToQuebec(text: string): boolean {
  const folded = foldText(text);
  for (const cue of folded.matchAll(new RegExp(DESTINATION))) {
    const after = folded.slice(cue.index + cue[0].length, cue.index + cue[0].length + CUE_TO_PLACE_CHARACTERS);
    if (new RegExp(QUEBEC).test(after)) return true;
  }
  return false;
}
