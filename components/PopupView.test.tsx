import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { allTopics } from '@/lib/topics/dataset';
import { helpFor } from '@/lib/topics/help';
import { createTopicSearch } from '@/lib/topics/search';
import { PopupView, type PopupViewProps } from './PopupView';

const topics = allTopics();
const search = createTopicSearch(topics);

function renderPopup(props: Partial<PopupViewProps> = {}) {
  const all: PopupViewProps = {
    topics,
    glossary: [],
    search,
    enabled: true,
    onEnabledChange: vi.fn(),
    site: 'example.org',
    siteEnabled: true,
    onSiteEnabledChange: vi.fn(),
    pageTopicIds: ['gabapentin', 'laminectomy'],
    supported: true,
    savedIds: [],
    onToggleSaved: vi.fn(),
    onCopySaved: vi.fn(),
    onPrintSaved: vi.fn(),
    onOpenOptions: vi.fn(),
    help: helpFor(['en-US']),
    ...props,
  };
  render(<PopupView {...all} />);
  return all;
}

describe('PopupView', () => {
  it('has a labelled master switch that reports changes', () => {
    const props = renderPopup();
    const toggle = screen.getByRole('switch', { name: 'Explain terms on web pages' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(props.onEnabledChange).toHaveBeenCalledWith(false);
  });

  it('lists the topics found on this page', () => {
    renderPopup();
    const section = screen.getByRole('heading', { name: 'On this page' }).parentElement!;
    expect([...section.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Gabapentin', 'Laminectomy']);
  });

  it('opens the next explained word of the page (Firefox for Android has no shortcut for it)', () => {
    const props = renderPopup({ onNextTerm: vi.fn() });
    fireEvent.click(screen.getByRole('button', { name: 'Show the next explained word' }));
    expect(props.onNextTerm).toHaveBeenCalled();
  });

  it('offers no next word where the page has none', () => {
    renderPopup({ onNextTerm: vi.fn(), pageTopicIds: [] });
    expect(screen.queryByRole('button', { name: 'Show the next explained word' })).toBeNull();
  });

  it('says why nothing is listed', () => {
    renderPopup({ pageTopicIds: [] });
    expect(screen.getByText('No treatment names found on this page.')).toBeTruthy();
  });

  it('groups every topic by category', () => {
    renderPopup();
    for (const heading of ['Medicines', 'Operations', 'Tests'])
      expect(screen.getByRole('heading', { name: new RegExp(`^${heading}`) })).toBeTruthy();
    expect(screen.getAllByRole('button').length).toBeGreaterThan(topics.length);
  });

  it('searches with typos and opens the same card', () => {
    renderPopup();
    fireEvent.input(screen.getByLabelText('Search every topic'), { target: { value: 'gabapentine' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Gabapentin' })[0]!);
    expect(screen.getByRole('heading', { level: 2, name: 'Gabapentin' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /All topics/ }));
    expect(screen.getByLabelText('Search every topic')).toBeTruthy();
  });

  it('shows the saved list with its questions, and copies it', () => {
    const props = renderPopup({ savedIds: ['gabapentin'] });
    const section = screen.getByRole('heading', { name: 'For my doctor visit' }).parentElement!;
    expect(section.textContent).toContain('Gabapentin');
    expect(section.textContent).toContain(topics.find((t) => t.id === 'gabapentin')!.sections.questions[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the list' }));
    expect(props.onCopySaved).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Gabapentin from the list' }));
    expect(props.onToggleSaved).toHaveBeenCalledWith('gabapentin');
  });

  it('saves a topic from its card', () => {
    const props = renderPopup();
    fireEvent.click(screen.getAllByRole('button', { name: 'Gabapentin' })[0]!);
    fireEvent.click(screen.getByRole('button', { name: /Save for my doctor visit/ }));
    expect(props.onToggleSaved).toHaveBeenCalledWith('gabapentin');
  });

  it('explains when the browser cannot highlight', () => {
    renderPopup({ supported: false });
    expect(screen.getByRole('status').textContent).toMatch(/cannot highlight/);
  });
});
