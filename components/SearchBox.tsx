export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  /** Number of results, announced to screen readers as the reader types. */
  resultCount: number | null;
}

export function SearchBox({ value, onInput, resultCount }: SearchBoxProps) {
  return (
    <div class="bpe-search" role="search">
      <label for="bpe-search-input">Search every topic</label>
      <input
        id="bpe-search-input"
        type="search"
        value={value}
        placeholder="For example: gabapentin, nerve block"
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p class="bpe-visually-hidden" aria-live="polite">
        {resultCount === null ? '' : `${resultCount} ${resultCount === 1 ? 'topic' : 'topics'} found`}
      </p>
    </div>
  );
}
