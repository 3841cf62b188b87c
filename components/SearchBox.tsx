import { i18n } from '#i18n';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  /** Number of results, announced to screen readers as the reader types. */
  resultCount: number | null;
}

export function SearchBox({ value, onInput, resultCount }: SearchBoxProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: Preact's JSX types have no <search> element yet; the role is the same landmark.
    <div class="bpe-search" role="search">
      <label for="bpe-search-input">{i18n.t('popup.searchLabel')}</label>
      <input
        id="bpe-search-input"
        type="search"
        value={value}
        placeholder={i18n.t('popup.searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p class="bpe-visually-hidden" aria-live="polite">
        {resultCount === null ? '' : i18n.t('popup.found', resultCount, [String(resultCount)])}
      </p>
    </div>
  );
}
