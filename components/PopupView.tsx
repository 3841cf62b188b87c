import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { GlossaryEntry, HelpBlock, ListItem, Topic } from '@/lib/topics/types';
import { GetHelp } from './GetHelp';
import { GlossaryCard } from './GlossaryCard';
import { SavedList } from './SavedList';
import { SearchBox } from './SearchBox';
import { Switch } from './Switch';
import { TopicCard } from './TopicCard';
import { TopicList } from './TopicList';

export interface PopupViewProps {
  topics: readonly Topic[];
  /** The words around the treatments, browsed after the topics. */
  glossary: readonly GlossaryEntry[];
  search: (query: string) => ListItem[];
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  /** The open tab's site, or null where the extension cannot run (browser pages). */
  site: string | null;
  siteEnabled: boolean;
  onSiteEnabledChange: (enabled: boolean) => void;
  /** Topics found in the open tab; null when the tab cannot be asked. */
  pageTopicIds: string[] | null;
  /** False when this browser cannot highlight (no CSS Custom Highlight API). */
  supported: boolean;
  savedIds: readonly string[];
  onToggleSaved: (id: string) => void;
  onCopySaved: () => Promise<void> | void;
  onPrintSaved: () => void;
  onOpenOptions: () => void;
  /** The "Get help now" block for this reader's region. */
  help: HelpBlock;
  /** Opens the card of the next explained word in the open tab (Firefox for Android has no keyboard shortcut for it). */
  onNextTerm?: () => void;
}

/** One topic or word shown in the popup, with the way back to the list. */
function Detail({ onBack, children }: { onBack: () => void; children: ComponentChildren }) {
  return (
    <div class="bpe-detail">
      <button type="button" class="bpe-action bpe-back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {i18n.t('popup.back')}
      </button>
      {children}
    </div>
  );
}

/** The toolbar popup: switches, search, what is on this page, the doctor list and every topic. Props only. */
export function PopupView(props: PopupViewProps) {
  const { topics, search, enabled, site, siteEnabled, pageTopicIds, supported, savedIds } = props;
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const listScroll = useRef(0);
  const titles = useMemo(() => Object.fromEntries(topics.map((topic) => [topic.id, topic.title])), [topics]);
  const byId = useMemo(() => new Map(topics.map((topic) => [topic.id, topic])), [topics]);
  const glossaryById = useMemo(() => new Map(props.glossary.map((entry) => [entry.id, entry])), [props.glossary]);
  const glossaryItems = useMemo(
    () => props.glossary.map((entry): ListItem => ({ id: entry.id, title: entry.title, category: 'glossary' })),
    [props.glossary],
  );
  const results = useMemo(() => search(query), [search, query]);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const selectedWord = selectedId ? glossaryById.get(selectedId) : undefined;
  const known = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((topic): topic is Topic => !!topic);
  const glossaryItemById = useMemo(() => new Map(glossaryItems.map((item) => [item.id, item])), [glossaryItems]);
  /** Topics and glossary words by id, for the page's list (the saved list holds topics only). */
  const listed = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id) ?? glossaryItemById.get(id)).filter((item): item is ListItem => !!item);

  const select = (id: string) => {
    if (!selected && !selectedWord) listScroll.current = document.scrollingElement?.scrollTop ?? 0;
    setSelectedId(id);
    window.scrollTo(0, 0);
  };
  const back = () => {
    setSelectedId(null);
    requestAnimationFrame(() => window.scrollTo(0, listScroll.current));
  };

  return (
    <div class="bpe-popup">
      <header class="bpe-popup-header">
        <div class="bpe-title-row">
          <h1>{i18n.t('extName')}</h1>
          <button type="button" class="bpe-link-button" onClick={props.onOpenOptions}>
            {i18n.t('popup.options')}
          </button>
        </div>
        <Switch id="bpe-enabled" label={i18n.t('popup.switch')} checked={enabled} onChange={props.onEnabledChange} />
        {site && enabled && (
          <Switch
            id="bpe-site"
            label={i18n.t('popup.site', [site])}
            checked={siteEnabled}
            onChange={props.onSiteEnabledChange}
            description={i18n.t('popup.siteHint')}
          />
        )}
        {!supported && (
          <p class="bpe-notice" role="status">
            {i18n.t('popup.unsupported')}
          </p>
        )}
      </header>
      <main>
        {selectedWord ? (
          <Detail onBack={back}>
            <GlossaryCard
              entry={selectedWord}
              titleId="bpe-detail-title"
              {...(selectedWord.topic && titles[selectedWord.topic] ? { topicTitle: titles[selectedWord.topic] } : {})}
              help={props.help}
              onSelectTopic={select}
            />
          </Detail>
        ) : selected ? (
          <Detail onBack={back}>
            <TopicCard
              topic={selected}
              titleId="bpe-detail-title"
              relatedTitles={titles}
              help={props.help}
              onSelectTopic={select}
              saved={savedIds.includes(selected.id)}
              onToggleSaved={props.onToggleSaved}
            />
          </Detail>
        ) : (
          <>
            <SearchBox value={query} onInput={setQuery} resultCount={query.trim() ? results.length : null} />
            {query.trim() ? (
              <section aria-labelledby="bpe-results-heading">
                <h2 id="bpe-results-heading" class="bpe-popup-heading">
                  {i18n.t('popup.results')}
                </h2>
                {results.length ? (
                  <TopicList topics={results} onSelect={select} grouped={false} />
                ) : (
                  <p class="bpe-empty">{i18n.t('popup.noResults', [query.trim()])}</p>
                )}
              </section>
            ) : (
              <>
                <section aria-labelledby="bpe-page-heading">
                  <h2 id="bpe-page-heading" class="bpe-popup-heading">
                    {i18n.t('popup.onThisPage')}
                  </h2>
                  {pageTopicIds?.length ? (
                    <>
                      {props.onNextTerm && (
                        <button type="button" class="bpe-action bpe-next-term" onClick={props.onNextTerm}>
                          {i18n.t('popup.nextTerm')}
                          <span aria-hidden="true"> →</span>
                        </button>
                      )}
                      <TopicList topics={listed(pageTopicIds)} onSelect={select} grouped={false} />
                    </>
                  ) : (
                    <p class="bpe-empty">
                      {pageTopicIds === null
                        ? i18n.t('popup.unreadable')
                        : !enabled || !siteEnabled
                          ? i18n.t('popup.offHere')
                          : i18n.t('popup.nothingFound')}
                    </p>
                  )}
                </section>
                <GetHelp help={props.help} />
                <SavedList
                  topics={known(savedIds)}
                  onSelect={select}
                  onRemove={props.onToggleSaved}
                  onCopy={props.onCopySaved}
                  onPrint={props.onPrintSaved}
                />
                <section aria-labelledby="bpe-all-heading">
                  <h2 id="bpe-all-heading" class="bpe-popup-heading">
                    {i18n.t('popup.allTopics')}
                  </h2>
                  <TopicList topics={[...topics, ...glossaryItems]} onSelect={select} grouped />
                </section>
              </>
            )}
          </>
        )}
      </main>
    </div>
  );
}
