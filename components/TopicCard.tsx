import type { Topic } from '@/lib/topics/types';
import { CATEGORY_SINGULAR } from '@/lib/topics/category-labels';
import { GetHelp } from './GetHelp';

export interface TopicCardProps {
  topic: Topic;
  /** Id for the title, so a dialog can be labelled by it. */
  titleId: string;
  /** Titles of the related topics that exist, by id. */
  relatedTitles: Record<string, string>;
  onSelectTopic: (id: string) => void;
}

const SECTIONS = [
  ['what', 'What it is'],
  ['why', 'Why it is used'],
  ['expect', 'What to expect'],
  ['risks', 'Risks and side effects'],
  ['evidence', 'How well it works'],
] as const;

function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** A topic explained: the same view in the page's card and in the popup. Props only. */
export function TopicCard({ topic, titleId, relatedTitles, onSelectTopic }: TopicCardProps) {
  const related = topic.related.filter((id) => relatedTitles[id]);
  return (
    <article class="bpe-card" aria-labelledby={titleId}>
      <header class="bpe-card-header">
        <p class="bpe-category">{CATEGORY_SINGULAR[topic.category]}</p>
        <h2 id={titleId} class="bpe-title">
          {topic.title}
        </h2>
      </header>
      <p class="bpe-summary">{topic.summary}</p>
      {SECTIONS.map(([key, label]) => {
        const text = topic.sections[key];
        return text ? (
          <details key={key} class="bpe-section">
            <summary>{label}</summary>
            <p>{text}</p>
          </details>
        ) : null;
      })}
      <details class="bpe-section">
        <summary>Questions to ask your doctor</summary>
        <ul>
          {topic.sections.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </details>
      {related.length > 0 && (
        <section class="bpe-related" aria-label="Related topics">
          <h3>Related</h3>
          <ul>
            {related.map((id) => (
              <li key={id}>
                <button type="button" class="bpe-chip" onClick={() => onSelectTopic(id)}>
                  {relatedTitles[id]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <GetHelp />
      <footer class="bpe-card-footer">
        <p>
          Sources:{' '}
          {topic.sources.map((source, i) => (
            <span key={source.url}>
              {i > 0 && '; '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.publisher}, {source.title}
              </a>
            </span>
          ))}
        </p>
        <p>Reviewed {formatDate(topic.reviewed)}.</p>
        <p class="bpe-disclaimer">This explains a treatment. It does not replace advice from your doctor.</p>
      </footer>
    </article>
  );
}
