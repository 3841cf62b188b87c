import { useMemo, useRef, useState } from 'preact/hooks';
import type { Topic } from '@/lib/topics/types';
import { GetHelp } from './GetHelp';
import { SearchBox } from './SearchBox';
import { Switch } from './Switch';
import { TopicCard } from './TopicCard';
import { TopicList } from './TopicList';

export interface PopupViewProps {
  topics: readonly Topic[];
  search: (query: string) => Topic[];
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
}

/** The toolbar popup: switches, search, what is on this page, and every topic. Props only. */
export function PopupView(props: PopupViewProps) {
  const { topics, search, enabled, site, siteEnabled, pageTopicIds, supported } = props;
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const listScroll = useRef(0);
  const titles = useMemo(() => Object.fromEntries(topics.map((topic) => [topic.id, topic.title])), [topics]);
  const byId = useMemo(() => new Map(topics.map((topic) => [topic.id, topic])), [topics]);
  const results = useMemo(() => search(query), [search, query]);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const pageTopics = (pageTopicIds ?? []).map((id) => byId.get(id)).filter((topic): topic is Topic => !!topic);

  const select = (id: string) => {
    if (!selected) listScroll.current = document.scrollingElement?.scrollTop ?? 0;
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
        <h1>Back Pain Explainer</h1>
        <Switch
          id="bpe-enabled"
          label="Explain terms on web pages"
          checked={enabled}
          onChange={props.onEnabledChange}
        />
        {site && enabled && (
          <Switch
            id="bpe-site"
            label={`On ${site}`}
            checked={siteEnabled}
            onChange={props.onSiteEnabledChange}
            description="Turn this off to keep the extension off on this site only."
          />
        )}
        {!supported && (
          <p class="bpe-notice" role="status">
            This browser cannot highlight words on pages without changing them, so highlighting is off. You can still
            search and read every topic here.
          </p>
        )}
      </header>
      <main>
        {selected ? (
          <div class="bpe-detail">
            <button type="button" class="bpe-back" onClick={back}>
              <span aria-hidden="true">← </span>All topics
            </button>
            <TopicCard topic={selected} titleId="bpe-detail-title" relatedTitles={titles} onSelectTopic={select} />
          </div>
        ) : (
          <>
            <SearchBox value={query} onInput={setQuery} resultCount={query.trim() ? results.length : null} />
            {query.trim() ? (
              <section aria-labelledby="bpe-results-heading">
                <h2 id="bpe-results-heading" class="bpe-popup-heading">
                  Results
                </h2>
                {results.length ? (
                  <TopicList topics={results} onSelect={select} grouped={false} />
                ) : (
                  <p class="bpe-empty">No topic matches “{query.trim()}”. Try another spelling or a shorter word.</p>
                )}
              </section>
            ) : (
              <>
                <section aria-labelledby="bpe-page-heading">
                  <h2 id="bpe-page-heading" class="bpe-popup-heading">
                    On this page
                  </h2>
                  {pageTopics.length ? (
                    <TopicList topics={pageTopics} onSelect={select} grouped={false} />
                  ) : (
                    <p class="bpe-empty">
                      {pageTopicIds === null
                        ? 'This page cannot be read by extensions.'
                        : !enabled || !siteEnabled
                          ? 'The extension is off here.'
                          : 'No treatment names found on this page.'}
                    </p>
                  )}
                </section>
                <GetHelp />
                <section aria-labelledby="bpe-all-heading">
                  <h2 id="bpe-all-heading" class="bpe-popup-heading">
                    All topics
                  </h2>
                  <TopicList topics={topics} onSelect={select} grouped />
                </section>
              </>
            )}
          </>
        )}
      </main>
    </div>
  );
}
