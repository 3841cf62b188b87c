/**
 * The spellings of one term that a page may use. Writers list a name once; the matcher adds
 * US/UK spellings, the hyphen-less form and the "-ies" plural. Plain "s"/"es" plurals and
 * possessives are handled while matching, so they need no entry here.
 */
const SPELLING_PAIRS: ReadonlyArray<readonly [RegExp, string]> = [
  [/disc/g, 'disk'],
  [/disk/g, 'disc'],
  [/behaviour/g, 'behavior'],
  [/behavior/g, 'behaviour'],
  [/programme\b/g, 'program'],
  [/program\b/g, 'programme'],
  [/anaesth/g, 'anesth'],
  [/anesth/g, 'anaesth'],
  [/isation/g, 'ization'],
  [/ization/g, 'isation'],
  [/ise\b/g, 'ize'],
  [/orthopaed/g, 'orthoped'],
  [/paediatric/g, 'pediatric'],
  [/oedema/g, 'edema'],
  [/centre/g, 'center'],
];

/** Accents dropped as the matcher drops them on the page (see `foldChar`); the tilde of ñ kept. */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u0302\u0304-\u036f]|(?<![nN])\u0303/g, '')
    .normalize('NFC');
}

/** Lower-case, without accents, with every run of spaces and hyphens written as one space. */
function normalizeTerm(term: string): string {
  return withoutAccents(term.toLowerCase())
    .replace(/[\s\u00a0\u2010-\u2013-]+/g, ' ')
    .replace(/\u2019/g, "'")
    .trim();
}

/** Any spelling the pairs above can change; most names have none, and skip the loop (it runs on every page). */
const HAS_SPELLING_VARIANT = /dis[ck]|behavio|program|an(a)?esth|i[sz]ation|ise\b|orthopaed|paediatric|oedema|centre/;

export function termVariants(term: string): string[] {
  const base = term
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .trim();
  const forms = new Set([base]);
  if (HAS_SPELLING_VARIANT.test(base)) {
    for (const [pattern, replacement] of SPELLING_PAIRS) {
      for (const form of [...forms]) forms.add(form.replace(pattern, replacement));
    }
  }
  for (const form of [...forms]) {
    if (form.includes('-')) forms.add(form.replaceAll('-', ''));
    if (/[^aeiou]y$/.test(form)) forms.add(`${form.slice(0, -1)}ies`);
  }
  return [...new Set([...forms].map(normalizeTerm))];
}
