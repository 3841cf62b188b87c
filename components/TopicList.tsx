import { categoryGroupLabel } from '@/lib/topics/category-labels';
import { CATEGORIES, type ListItem } from '@/lib/topics/types';

export interface TopicListProps {
  topics: readonly ListItem[];
  onSelect: (id: string) => void;
  /** Group under category headings (the full list) or keep the given order (results). */
  grouped: boolean;
  headingLevel?: 3 | 4;
}

function TopicButtons({ topics, onSelect }: Pick<TopicListProps, 'topics' | 'onSelect'>) {
  return (
    <ul class="bpe-topic-list">
      {topics.map((topic) => (
        <li key={topic.id}>
          <button type="button" class="bpe-topic-button" onClick={() => onSelect(topic.id)}>
            <span class="bpe-topic-name">{topic.title}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Topics as buttons, optionally grouped by category. */
export function TopicList({ topics, onSelect, grouped, headingLevel = 3 }: TopicListProps) {
  if (!grouped) return <TopicButtons topics={topics} onSelect={onSelect} />;
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  return (
    <div class="bpe-topic-groups">
      {CATEGORIES.map((category) => {
        const inCategory = topics.filter((topic) => topic.category === category);
        if (inCategory.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`bpe-group-${category}`}>
            <Heading id={`bpe-group-${category}`} class="bpe-group-heading">
              {categoryGroupLabel(category)} <span class="bpe-count">({inCategory.length})</span>
            </Heading>
            <TopicButtons topics={inCategory} onSelect={onSelect} />
          </section>
        );
      })}
    </div>
  );
}
