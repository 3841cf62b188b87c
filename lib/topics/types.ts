/** The shape of one `data/topics/<id>.json` file; `data/topic.schema.json` is the checked contract. */
export const CATEGORIES = ['medicine', 'injection', 'surgery', 'device', 'therapy', 'condition', 'test'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Source {
  publisher: string;
  title: string;
  url: string;
}

export interface TopicSections {
  what: string;
  why: string;
  expect: string;
  risks: string;
  evidence?: string;
  questions: string[];
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
  summary: string;
  sections: TopicSections;
  related: string[];
  sources: Source[];
  reviewed: string;
}

/** The shared "Get help now" block (`data/get-help.json`): warning signs that need a doctor now. */
export interface HelpBlock {
  title: string;
  intro: string;
  signs: string[];
  sources: Source[];
}
