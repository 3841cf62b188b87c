import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { helpFor } from '@/lib/topics/help';
import laminectomy from '@/data/topics/laminectomy.json';
import type { Topic } from '@/lib/topics/types';
import { CardDialog } from './CardDialog';
import { TopicCard } from './TopicCard';

const topic = laminectomy as Topic;
const titles = { 'spinal-stenosis': 'Spinal stenosis' };
const help = helpFor(['en-GB']);

describe('TopicCard', () => {
  it('shows the title, category, summary, sections, sources, review date and disclaimer', () => {
    render(<TopicCard topic={topic} titleId="t" relatedTitles={titles} help={help} onSelectTopic={() => {}} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Laminectomy' })).toBeTruthy();
    expect(screen.getByText('Operation')).toBeTruthy();
    expect(screen.getByText(topic.summary)).toBeTruthy();
    for (const label of [
      'What it is',
      'Why it is used',
      'What to expect',
      'Risks and side effects',
      'Questions to ask your doctor',
      'Get help now',
    ]) {
      expect(screen.getByText(label)).toBeTruthy();
    }
    expect(screen.getByText(topic.sections.questions[0]!)).toBeTruthy();
    expect(screen.getByRole('link', { name: new RegExp(topic.sources[0]!.title) }).getAttribute('href')).toBe(topic.sources[0]!.url);
    expect(screen.getByText(/^Reviewed /)).toBeTruthy();
    expect(screen.getByText(/does not replace advice from your doctor/)).toBeTruthy();
  });

  it('lists only related topics that exist, and opens them', () => {
    const onSelect = vi.fn();
    render(<TopicCard topic={topic} titleId="t" relatedTitles={titles} help={help} onSelectTopic={onSelect} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Spinal stenosis']);
    fireEvent.click(buttons[0]!);
    expect(onSelect).toHaveBeenCalledWith('spinal-stenosis');
  });
});

describe('CardDialog', () => {
  it('is a dialog named by the card title, with a close button', () => {
    const onClose = vi.fn();
    render(
      <CardDialog titleId="t" onClose={onClose}>
        <TopicCard topic={topic} titleId="t" relatedTitles={{}} help={help} onSelectTopic={() => {}} />
      </CardDialog>,
    );
    expect(screen.getByRole('dialog', { name: 'Laminectomy' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('TopicCard saving', () => {
  it('shows a Save button that reports its state', () => {
    const onToggle = vi.fn();
    render(
      <TopicCard
        topic={topic}
        titleId="t"
        relatedTitles={{}}
        help={help}
        onSelectTopic={() => {}}
        saved={false}
        onToggleSaved={onToggle}
      />,
    );
    const button = screen.getByRole('button', { name: /Save for my doctor visit/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledWith('laminectomy');
  });

  it('shows a boxed warning first and the safety lists open, in the order a reader needs them', () => {
    const safe: Topic = {
      ...topic,
      safety: {
        boxedWarning: { issuedBy: 'US FDA', text: 'Rarely, this can cause serious harm to the nerves.' },
        before: [{ group: 'bleeding', text: 'You take a medicine that thins your blood.' }],
        afterwards: ['You get a fever or chills.'],
      },
    };
    const { container } = render(<TopicCard topic={safe} titleId="t" relatedTitles={{}} help={help} onSelectTopic={() => {}} />);
    const warning = screen.getByRole('complementary', { name: 'Warning from US FDA:' });
    expect(warning.textContent).toContain('Rarely, this can cause serious harm');
    // Before the summary, so it is read first.
    expect(warning.compareDocumentPosition(screen.getByText(topic.summary)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const safety = screen.getByRole('region', { name: 'Safety' });
    expect(safety.closest('details')).toBeNull();
    expect([...safety.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Before it, tell your care team if:',
      'Afterwards, get help at once if:',
    ]);
    expect(safety.textContent).toContain('You take a medicine that thins your blood.');
    expect(container.querySelector('.bpe-boxed + .bpe-summary')).not.toBeNull();
  });

  it("shows the two tiers of help with the reader's own emergency number as a link to call", () => {
    render(<TopicCard topic={topic} titleId="t" relatedTitles={{}} help={help} onSelectTopic={() => {}} />);
    const call = screen.getByRole('link', { name: '999' });
    expect(call.getAttribute('href')).toBe('tel:999');
    expect(call.closest('h3')?.textContent).toBe('Call 999 or go to A&E now if you have back pain and:');
    expect(screen.getByText(/^Get medical help today \(ask for an urgent GP appointment or call 111\)/)).toBeTruthy();
    expect(screen.getByText(/Emergency numbers elsewhere:/).textContent).toContain('911 US and Canada');
    expect(screen.getByText(/Emergency numbers elsewhere:/).textContent).not.toContain('999');
  });
});
