import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Topic } from '@/lib/topics/types';

export interface SavedListProps {
  topics: readonly Topic[];
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
  onCopy: () => Promise<void> | void;
  onPrint: () => void;
}

/** The reader's list for the doctor: saved topics with their questions, to copy or print. */
export function SavedList({ topics, onSelect, onRemove, onCopy, onPrint }: SavedListProps) {
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="bpe-saved-heading" class="bpe-saved">
      <h2 id="bpe-saved-heading" class="bpe-popup-heading">
        {i18n.t('popup.saved')}
      </h2>
      {topics.length === 0 ? (
        <p class="bpe-empty">{i18n.t('popup.savedEmpty')}</p>
      ) : (
        <>
          <ul class="bpe-saved-list">
            {topics.map((topic) => (
              <li key={topic.id}>
                <div class="bpe-saved-row">
                  <button type="button" class="bpe-topic-button" onClick={() => onSelect(topic.id)}>
                    {topic.title}
                  </button>
                  <button
                    type="button"
                    class="bpe-remove"
                    aria-label={i18n.t('popup.remove', [topic.title])}
                    title={i18n.t('popup.remove', [topic.title])}
                    onClick={() => onRemove(topic.id)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
                <ul class="bpe-questions">
                  {topic.sections.questions.map((question) => (
                    <li key={question}>{question}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <div class="bpe-actions">
            <button
              type="button"
              class="bpe-action"
              onClick={async () => {
                await onCopy();
                setCopied(true);
              }}
            >
              {copied ? i18n.t('popup.copied') : i18n.t('popup.copy')}
            </button>
            <button type="button" class="bpe-action" onClick={onPrint}>
              {i18n.t('popup.print')}
            </button>
          </div>
          <p class="bpe-visually-hidden" aria-live="polite">
            {copied ? i18n.t('popup.copied') : ''}
          </p>
        </>
      )}
    </section>
  );
}
