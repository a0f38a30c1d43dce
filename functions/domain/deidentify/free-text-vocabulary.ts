import { PROVINCES } from '../../../forms/provinces.js';
import { ABBREVIATIONS, TERMS } from '../../../kernel/glossary.js';

// What the de-identification may leave in free text. Everything is lower case without accents
// (see `foldWord`): the scrubber compares folded words.

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/**
 * Words that start sentences and fill them in English and French, and the vocabulary of needs and
 * settlement that profiles use. A capitalized word at the start of a sentence that is not one of
 * these (nor written in lower case elsewhere in the text) is taken for a name.
 */
const COMMON = words(`
a an the this that these those there here it its it's he she they we you i his her hers him them their our
your my me us who whom whose which what when where why how all any both each few more most other some such
no nor not only own same so than too very can will just should would could may might must shall do does did
done doing has have had having is are was were be been being am if or and but because as until while of at by
for with about against between into through during before after above below to from up down in out on off
over under again further then once also yet still already now since ago per via without within among
upon toward towards although though however therefore thus otherwise meanwhile moreover instead besides
while whereas unless whether either neither one two three four five six seven eight nine ten eleven twelve
first second third last next another many much several every everyone someone nobody none nothing something
le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu lui leur leurs
son sa ses mon ma mes ton ta tes notre nos votre vos qui que quoi dont ou où et mais donc or ni car si
comme quand lorsque puis alors aussi encore toujours jamais déjà très trop peu plus moins bien mal pas ne
avec sans pour par sur sous dans chez entre vers depuis pendant avant après selon contre malgré parmi
est sont était étaient été être avoir a ont avait avaient eu sera seront fait font peut peuvent doit doivent
y en tout tous toute toutes chaque plusieurs certains certaines aucun aucune autre autres même mêmes
cependant toutefois ainsi enfin ensuite d'abord notamment également seulement surtout environ
deux trois quatre cinq six sept huit neuf dix onze douze premier première dernier dernière
mother father parent parents single mom dad child children kid kids son sons daughter daughters baby babies
infant toddler teen teenager boy boys girl girls brother brothers sister sisters sibling siblings twin twins
wife husband spouse partner grandmother grandfather grandparent grandparents aunt uncle cousin nephew niece
family families household member members client clients refugee refugees sponsor sponsors group groups
mère père enfant enfants fils fille filles bébé bébés frère frères sœur sœurs soeur soeurs jumeau jumeaux
jumelle jumelles épouse époux femme mari conjoint conjointe grand-mère grand-père tante oncle neveu nièce
famille familles ménage membre membres cliente répondant répondants groupe groupes réfugié réfugiée réfugiés
needs need needed requires require required has uses use used cannot can't could not needs help helps helped
support supports supported care cares medical medically health mental physical condition conditions
treatment treatments therapy therapies appointment appointments specialist specialists doctor doctors
hospital hospitals clinic surgery disability disabilities disabled wheelchair mobility hearing vision blind
deaf diabetes autism epilepsy asthma cancer trauma pregnant pregnancy chronic severe serious illness
youngest eldest oldest older younger elder young old aged years year months month weeks week days day age
language languages english french speaks speak school schools daycare childcare classes class housing
transportation transport income employment work job jobs community settlement integration services service
besoin besoins soutien soins santé médical médicale médicaux mentale physique état traitement thérapie
rendez-vous spécialiste médecin hôpital clinique chirurgie handicap handicapé handicapée fauteuil roulant
diabète autisme épilepsie asthme grossesse enceinte plus jeune aîné aînée cadet cadette âgé âgée âgés ans
an mois semaines semaine jours jour âge langue langues anglais français parle école garderie cours logement
emploi travail communauté établissement intégration services
call calls called write writes contact phone email reach destined destination arrived arrival came come comes
lives live living lived moved moving works working worked studies studying attends attending goes going went
recently currently previously please note see based due including especially particularly following
recommend recommended recommendation referral referred assessment assessed identified identify post-arrival
resettlement assistance program sponsorship joint government-assisted blended visa office-referred case cases
survivor survivors widow widowed divorced separated married unaccompanied minor minors orphan orphaned
arrivé arrivée arrivés arrivées venu venue vit vivent habite habitent travaille étudie fréquente va allé
récemment actuellement auparavant veuillez voir selon compte notamment suite recommandé recommandée
évaluation identifié identifiés réinstallation aide programme parrainage cas veuve veuf divorcé divorcée
séparé séparée marié mariée mineur mineure mineurs orphelin orpheline
alone seul seule seuls seules named nommé nommée appelé appelée
`);

const MONTHS_AND_DAYS = words(`
january february march april may june july august september october november december
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
`);

/** Acronyms of the field that are not names (health programs, conditions, schools). */
const ACRONYMS = words(`
ircc unhcr hcr ptsd tspt adhd tdah esl fls linc clic ohip ramq msp ahs hiv vih aids sida tb icu mri irm
ct ob bo usa uk un onu ngo ong midi gcms clsc cisss ciusss ymca ywca ccvt costi isans ocasi amssa ccr
`);

/** Places and peoples a profile may name: not personal, and what sponsors look for. */
const PLACES_AND_LANGUAGES = words(`
canada canadian canadienne canadien toronto montreal montréal vancouver calgary edmonton ottawa winnipeg
quebec québec hamilton kitchener halifax saskatoon moncton fredericton charlottetown
whitehorse yellowknife iqaluit gatineau sherbrooke laval windsor
english anglais anglaise french français française arabic arabe kurdish kurde dari pashto pachto farsi persian persan tigrinya tigrigna amharic amharique somali
swahili kinyarwanda kirundi spanish espagnol ukrainian ukrainien ukrainienne russian russe turkish turc urdu
ourdou tamil tamoul rohingya burmese birman karen nepali népalais lingala
syria syrie syrian syrien syrienne afghanistan afghan afghane eritrea érythrée eritrean érythréen érythréenne
somalia somalie congo congolese congolais congolaise iraq irak iraqi irakien irakienne yazidi yézidi sudan
soudan sudanese soudanais soudanaise ethiopia éthiopie ethiopian éthiopien éthiopienne ukraine myanmar
lebanon liban jordan jordanie turkey turquie uganda ouganda kenya tanzania tanzanie burundi rwanda
daesh daech islamic state
`);

/** Faiths a profile may name (a faith-based sponsor looks for them): words, not people. */
const FAITHS = words(`
christian christians muslim muslims islam catholic catholics orthodox protestant protestants evangelical
anglican baptist pentecostal adventist lutheran sunni shia shiite yazidi yezidi hindu hindus sikh sikhs
buddhist jewish jew bahai druze alevi chrétien chrétienne chrétiens musulman musulmane musulmans catholique
catholiques orthodoxe orthodoxes protestante évangélique juif juive hindou hindoue bouddhiste
`);

/** Lower case, accents off, typographic apostrophes straightened. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

const termWords = [...Object.values(TERMS), ...Object.values(ABBREVIATIONS)].flatMap((term) =>
  words(`${term.en} ${term.fr}`.replace(/[()–,]/g, ' ')),
);
const provinceWords = PROVINCES.flatMap((province) =>
  words(`${province.label.en} ${province.label.fr} ${province.code}`.replace(/-/g, ' ')),
);

/** Words common enough that their capital says nothing: sentence starts and the needs vocabulary. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([...COMMON, ...MONTHS_AND_DAYS].map(foldWord));

/** Capitalized words that are never a person: program terms, acronyms, provinces, places, languages, faiths. */
export const PROPER_WORDS: ReadonlySet<string> = new Set(
  [...termWords, ...provinceWords, ...ACRONYMS, ...PLACES_AND_LANGUAGES, ...MONTHS_AND_DAYS, ...FAITHS].map(foldWord),
);

/** Family words after which free text names a person: "her son Ahmed", « sa fille Sara ». */
export const KINSHIP_WORDS: ReadonlySet<string> = new Set(
  words(`
  son sons daughter daughters child children kid kids baby brother brothers sister sisters sibling siblings
  twin twins wife husband spouse partner mother father mom dad grandmother grandfather grandson granddaughter
  aunt uncle cousin nephew niece stepson stepdaughter
  fils fille filles enfant enfants bébé frère frères sœur sœurs soeur soeurs jumeau jumeaux jumelle jumelles
  épouse époux femme mari conjoint conjointe mère père maman papa grand-mère grand-père petit-fils petite-fille
  tante oncle cousine neveu nièce
  `).map(foldWord),
);

/**
 * Given names that are also words of English or French (virtues, flowers, short names): capitalized,
 * they are taken for names wherever they stand, even starting a sentence ("Grace needs surgery",
 * « Gloire va à l’école »), unless they name a place where a place is named ("lived in Jordan").
 */
export const WORD_NAMES: ReadonlySet<string> = new Set(
  words(`
  grace hope faith joy mercy patience charity prudence constance precious blessing blessed gift favour favor
  miracle destiny harmony melody serenity trinity honor honour justice liberty rose lily daisy iris violet ivy
  holly heather pearl ruby amber jade crystal dawn sky star sunny angel april june may summer autumn victory
  will bill mark jack frank grant hunter chase dean drew earl guy ray rich rob bob sue pat art carol victor
  prince princess king major royal noble sterling rocky lucky happy jordan victoria sofia florence regina
  chad israel georgia paris amir said rana amine
  grâce gloire espérance merveille divine victoire bienvenu bienvenue dieudonné fidèle innocent innocente
  providence sagesse chance clémence trésor héritier exaucé exaucée précieux précieuse princesse joie paix
  espoir bonheur béni bénie bénédiction prospère aimé aimée désiré désirée modeste parfait parfaite juste
  sincère fortuné fortunée perle olive claire pierre marie jean louis martin constant céleste ange angèle
  aurore reine blanche fleur belle
  `).map(foldWord),
);

/** Words that make a capitalized phrase an institution's name: "Hospital for Sick Children", « Clinique Sainte-Anne ». */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  words(`
  hospital hospitals clinic clinics centre center centres centers services service church mosque synagogue
  temple school schools college university institute association society council foundation network program
  programme agency department ministry office committee fund shelter library
  hôpital clinique église mosquée école collège université institut société conseil fondation réseau
  organisme ministère bureau comité refuge bibliothèque
  `).map(foldWord),
);

/** Words after which a capitalized word names a place: "from Aleppo", « à Longueuil ». */
export const PLACE_CUES: ReadonlySet<string> = new Set(
  words(`
  in from to at near via into through toward towards across outside inside around fled fleeing left leaving
  reached à a au aux en vers depuis près dans sur par pour quitté fui fuyant
  `).map(foldWord),
);

/** Small words inside a capitalized name ("Centre for Victims of Torture", « Centre de santé des réfugiés »). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(
  words("for of the and on at de du des la le les d' l' et pour sur en à a au aux").map(foldWord),
);

/** Titles before a name: "Mrs Haddad", « Mme Haddad ». */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  words('mr mrs ms miss dr mister madam m mme mlle madame monsieur mademoiselle docteur dre').map(foldWord),
);
