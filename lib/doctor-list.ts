import type { Topic } from './topics/types';

/** The saved topics as plain text to paste into an email, a note or a patient portal. */
export function doctorListText(topics: readonly Topic[], heading: string): string {
  const parts = topics.map((topic) =>
    [topic.title, topic.summary, ...topic.sections.questions.map((question) => `- ${question}`)].join('\n'),
  );
  return `${heading}\n\n${parts.join('\n\n')}\n`;
}
