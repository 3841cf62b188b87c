import { useCardText } from './card-text';
import type { Category, Safety } from '@/lib/topics/types';

const LISTS = ['checkFirst', 'before', 'afterwards', 'warningSigns'] as const;

const text = (line: string | { text: string }) => (typeof line === 'string' ? line : line.text);

/** A regulator's boxed warning: shown first, framed so it is noticed, worded so it does not alarm. */
export function BoxedWarning({ safety }: { safety: Safety }) {
  const { t } = useCardText();
  const warning = safety.boxedWarning;
  if (!warning) return null;
  return (
    <aside class="bpe-boxed" aria-label={t('card.boxedWarning', [warning.issuedBy])}>
      <p>
        <strong>
          <span aria-hidden="true">⚠ </span>
          {t('card.boxedWarning', [warning.issuedBy])}
        </strong>{' '}
        {warning.text}
      </p>
    </aside>
  );
}

/**
 * Who must check first, what to tell the team before, and the signs that need help at once:
 * the same block on the in-page card, in the popup and on the printed visit list.
 */
export function SafetyBlock({ safety, category }: { safety: Safety; category: Category }) {
  const { t } = useCardText();
  const lists = LISTS.filter((key) => safety[key]?.length);
  if (lists.length === 0) return null;
  return (
    <section class="bpe-safety" aria-label={t('card.safety')}>
      {lists.map((key) => (
        <div key={key} class={`bpe-safety-list bpe-safety-${key}`}>
          <h3>{t(key === 'checkFirst' && category !== 'medicine' ? 'card.checkFirstDoctor' : `card.${key}`)}</h3>
          <ul>
            {(safety[key] ?? []).map((line) => (
              <li key={text(line)}>{text(line)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
