/** The shape of one `data/topics/<id>.json` file; `data/topic.schema.json` is the checked contract. */
/** The languages the cards are written in; each has its own names, cards and word lists. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Kinds of names on a page: the topics' categories, then the glossary's words around them. */
export const CATEGORIES = ['medicine', 'injection', 'surgery', 'device', 'therapy', 'condition', 'test', 'glossary'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Source {
  publisher: string;
  title: string;
  url: string;
}

interface TopicSections {
  what: string;
  why: string;
  expect: string;
  risks: string;
  evidence?: string;
  questions: string[];
}

/** Who a safety line is about; `data/topic.schema.json` holds the same list. */
const SAFETY_GROUPS = [
  'pregnancy',
  'breastfeeding',
  'children',
  'older-age',
  'kidney',
  'liver',
  'heart',
  'stomach',
  'bleeding',
  'breathing',
  'mental-health',
  'allergy',
  'other-medicines',
  'alcohol',
  'infection',
  'diabetes',
  'seizures',
  'eyes',
  'bladder',
  'surgery',
  'implant',
  'bones',
  'skin',
  'other',
] as const;
export type SafetyGroup = (typeof SAFETY_GROUPS)[number];

interface SafetyLine {
  group: SafetyGroup;
  /** One sentence starting with "You". */
  text: string;
}

/** Safety content as data, so the data check can require it and every view shows it the same way. */
export interface Safety {
  /** The one most serious regulator warning, shown at the top of the card. */
  boxedWarning?: { issuedBy: string; text: string };
  /** Medicines: "Check with a doctor or pharmacist first if …". */
  checkFirst?: SafetyLine[];
  /** Injections, operations, devices: "Before it, tell your care team if …". */
  before?: SafetyLine[];
  /** Injections, operations, devices: "Afterwards, get help at once if …". */
  afterwards?: string[];
  /** Conditions: "Get medical help quickly if …". */
  warningSigns?: string[];
}

export interface Topic {
  id: string;
  title: string;
  category: Category;
  /** Matched case-insensitively as whole words. */
  terms: string[];
  /** Matched case-sensitively. */
  abbreviations: string[];
  /** Everyday words that match only where the text around them is about health. */
  contextTerms: string[];
  /** Names with another medical sense (epidural, ablation): matched only where spine words are near. */
  spineTerms?: string[];
  /** Misspellings seen in real text (recorded in data/vocabulary/), matched like terms. */
  misspellings?: string[];
  summary: string;
  sections: TopicSections;
  safety: Safety;
  related: string[];
  sources: Source[];
  reviewed: string;
}

/** What a list of topics and glossary words shows of each. */
export interface ListItem {
  id: string;
  title: string;
  category: Category;
}

/** A word around the treatments (`data/glossary/<id>.json`): a short meaning, not a full card. */
export interface GlossaryEntry {
  id: string;
  title: string;
  terms: string[];
  abbreviations: string[];
  contextTerms: string[];
  spineTerms?: string[];
  misspellings?: string[];
  /** One to three short sentences. */
  definition: string;
  /** The full topic a reader may want next. */
  topic?: string;
  sources: Source[];
  reviewed: string;
}

/** One tier of the "Get help now" block (`data/get-help.json`). */
export interface HelpTier {
  /** Holds {number} and {place} (emergency) or {urgent} (same day), filled from the reader's region. */
  heading: string;
  signs: string[];
  note?: string;
}

/** Emergency care where the reader is (`data/emergency-numbers.json`). */
export interface EmergencyRegion {
  number: string;
  place: string;
  urgent: string;
}

/** The shared "Get help now" block for one reader: red flags in two tiers, with their region's numbers. */
export interface HelpBlock {
  title: string;
  emergency: HelpTier;
  urgent: HelpTier;
  region: EmergencyRegion;
  /** Other countries' numbers, the reader's own left out. */
  elsewhere: Array<{ number: string; where: string }>;
  sources: Source[];
}
