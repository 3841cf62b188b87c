/** Where the Spanish names' script (`entrypoints/term-index-es/`) leaves its packed index, injected only on Spanish pages. */
export const SPANISH_INDEX = Symbol.for('back-pain-explainer.term-index-es');
