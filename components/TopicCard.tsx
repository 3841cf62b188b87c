import { useCardText } from './card-text';
import type { HelpBlock, Topic } from '@/lib/topics/types';
import { CardFooter } from './CardFooter';
import { GetHelp } from './GetHelp';
import { BoxedWarning, SafetyBlock } from './SafetyBlock';

export interface TopicCardProps {
  topic: Topic;
  /** Id for the title, so a dialog can be labelled by it. */
  titleId: string;
  /** Titles of the related topics that exist, by id. */
  relatedTitles: Record<string, string>;
  /** The shared "Get help now" block. */
  help: HelpBlock;
  onSelectTopic: (id: string) => void;
  /** Whether the topic is on the reader's list for the doctor; no button when undefined. */
  saved?: boolean;
  onToggleSaved?: (id: string) => void;
}

const SECTIONS = ['what', 'why', 'expect', 'risks', 'evidence'] as const;

/** A topic explained: the same view in the page's card and in the popup. Props only. */
export function TopicCard({ topic, titleId, relatedTitles, help, onSelectTopic, saved, onToggleSaved }: TopicCardProps) {
  const { t } = useCardText();
  const related = topic.related.filter((id) => relatedTitles[id]);
  return (
    <article class="bpe-card" aria-labelledby={titleId}>
      <header class="bpe-card-header">
        <p class="bpe-category">{t(`category.${topic.category}`)}</p>
        <h2 id={titleId} class="bpe-title">
          {topic.title}
        </h2>
      </header>
      <BoxedWarning safety={topic.safety} />
      <p class="bpe-summary">{topic.summary}</p>
      {saved !== undefined && onToggleSaved && (
        <button type="button" class="bpe-save" aria-pressed={saved} onClick={() => onToggleSaved(topic.id)}>
          <span aria-hidden="true">{saved ? '★ ' : '☆ '}</span>
          {saved ? t('card.saved') : t('card.save')}
        </button>
      )}
      <SafetyBlock safety={topic.safety} category={topic.category} />
      {SECTIONS.map((key) => {
        const text = topic.sections[key];
        return text ? (
          <details key={key} class="bpe-section">
            <summary>{t(`card.${key}`)}</summary>
            <p>{text}</p>
          </details>
        ) : null;
      })}
      <details class="bpe-section">
        <summary>{t('card.questions')}</summary>
        <ul>
          {topic.sections.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </details>
      {related.length > 0 && (
        <section class="bpe-related" aria-label={t('card.relatedLabel')}>
          <h3>{t('card.related')}</h3>
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
      <GetHelp help={help} />
      <CardFooter sources={topic.sources} reviewed={topic.reviewed} disclaimer />
    </article>
  );
}
