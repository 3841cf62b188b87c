// text-readability ships no types; these are the calls the data check makes.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    sentenceCount(text: string): number;
    syllableCount(text: string): number;
  };
  export default readability;
}
