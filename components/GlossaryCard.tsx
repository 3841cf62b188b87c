import { useCardText } from './card-text';
import type { GlossaryEntry, HelpBlock } from '@/lib/topics/types';
import { CardFooter } from './CardFooter';
import { GetHelp } from './GetHelp';

export interface GlossaryCardProps {
  entry: GlossaryEntry;
  titleId: string;
  /** The title of the full topic it links to, when that topic exists. */
  topicTitle?: string;
  help: HelpBlock;
  onSelectTopic: (id: string) => void;
}

/** A word around the treatments: its meaning in a few plain sentences, and the topic to read next. Props only. */
export function GlossaryCard({ entry, titleId, topicTitle, help, onSelectTopic }: GlossaryCardProps) {
  const { t } = useCardText();
  return (
    <article class="bpe-card bpe-glossary" aria-labelledby={titleId}>
      <header class="bpe-card-header">
        <p class="bpe-category">{t('category.glossary')}</p>
        <h2 id={titleId} class="bpe-title">
          {entry.title}
        </h2>
      </header>
      <p class="bpe-summary">{entry.definition}</p>
      {entry.topic && topicTitle && (
        <p>
          <button type="button" class="bpe-chip" onClick={() => onSelectTopic(entry.topic!)}>
            {t('card.readMore', [topicTitle])}
          </button>
        </p>
      )}
      <GetHelp help={help} />
      <CardFooter sources={entry.sources} reviewed={entry.reviewed} />
    </article>
  );
}
