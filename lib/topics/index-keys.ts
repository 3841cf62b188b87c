/** Where the Spanish names' script (`entrypoints/term-index-es/`) leaves its packed index, injected only on Spanish pages. */
/** Where the English names with the glossary's (`entrypoints/term-index-en/`) are left, injected with the second stage. */
export const ENGLISH_FULL_INDEX = Symbol.for('back-pain-explainer.term-index-en');

export const SPANISH_INDEX = Symbol.for('back-pain-explainer.term-index-es');
