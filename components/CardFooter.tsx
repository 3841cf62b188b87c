import type { Source } from '@/lib/topics/types';
import { useCardText } from './card-text';
import { formatDate } from './format-date';

/** Where a card's text comes from and when it was checked, shared by topic and glossary cards. */
export function CardFooter({
  sources,
  reviewed,
  disclaimer = false,
}: {
  sources: readonly Source[];
  reviewed: string;
  disclaimer?: boolean;
}) {
  const { t, language } = useCardText();
  return (
    <footer class="bpe-card-footer">
      <p>
        {t('card.sources')}{' '}
        {sources.map((source, i) => (
          <span key={source.url}>
            {i > 0 && '; '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.publisher}, {source.title}
            </a>
          </span>
        ))}
      </p>
      <p>{t('card.reviewed', [formatDate(reviewed, language)])}</p>
      {disclaimer && <p class="bpe-disclaimer">{t('card.disclaimer')}</p>}
    </footer>
  );
}
