import { i18n } from '#i18n';
import type { Topic } from '@/lib/topics/types';
import { BoxedWarning, SafetyBlock } from './SafetyBlock';

/** A clean page for the appointment: title, short summary, questions and room for notes per topic. */
export function PrintList({ topics, onPrint }: { topics: readonly Topic[]; onPrint: () => void }) {
  return (
    <main class="bpe-print">
      <h1>{i18n.t('print.title')}</h1>
      <p>{i18n.t('print.intro')}</p>
      <button type="button" class="bpe-action bpe-no-print" onClick={onPrint}>
        {i18n.t('print.printButton')}
      </button>
      {topics.length === 0 && <p>{i18n.t('print.empty')}</p>}
      {topics.map((topic) => (
        <section key={topic.id} class="bpe-print-topic" aria-labelledby={`bpe-print-${topic.id}`}>
          <h2 id={`bpe-print-${topic.id}`}>{topic.title}</h2>
          <BoxedWarning safety={topic.safety} />
          <p>{topic.summary}</p>
          <SafetyBlock safety={topic.safety} category={topic.category} />
          <h3>{i18n.t('card.questions')}</h3>
          <ul>
            {topic.sections.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
          <p class="bpe-notes">{i18n.t('print.notes')}</p>
          <div class="bpe-note-lines" aria-hidden="true" />
        </section>
      ))}
      <footer>
        <p>{i18n.t('print.footer')}</p>
      </footer>
    </main>
  );
}
