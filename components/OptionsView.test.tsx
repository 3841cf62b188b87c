import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { OptionsView } from './OptionsView';

const SHORTCUTS = [{ description: 'Go to the next explained word on the page', keys: 'Alt+Shift+.' }];

function renderOptions(settings = DEFAULT_SETTINGS, shortcuts = SHORTCUTS) {
  const onChange = vi.fn();
  render(<OptionsView settings={settings} shortcuts={shortcuts} onChange={onChange} />);
  return onChange;
}

describe('OptionsView', () => {
  it('switches categories, mentions, opening, theme, size and highlight style', () => {
    const onChange = renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Conditions' }));
    expect(onChange).toHaveBeenLastCalledWith({ categories: { ...DEFAULT_SETTINGS.categories, condition: false } });
    fireEvent.click(screen.getByRole('radio', { name: /Only the first mention/ }));
    expect(onChange).toHaveBeenLastCalledWith({ mentions: 'first' });
    fireEvent.click(screen.getByRole('radio', { name: 'Click a word' }));
    expect(onChange).toHaveBeenLastCalledWith({ openOn: 'click' });
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'dark' });
    fireEvent.click(screen.getByRole('radio', { name: 'Large' }));
    expect(onChange).toHaveBeenLastCalledWith({ textSize: 'large' });
    fireEvent.click(screen.getByRole('radio', { name: /No mark/ }));
    expect(onChange).toHaveBeenLastCalledWith({ highlightStyle: 'none' });
  });

  it('lists the sites where it is off and turns them back on', () => {
    const onChange = renderOptions({ ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'news.test'] });
    fireEvent.click(screen.getByRole('button', { name: 'Turn back on for example.com' }));
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: ['news.test'] });
  });

  it('shows the keyboard shortcuts', () => {
    renderOptions();
    expect(screen.getByText('Alt+Shift+.')).toBeTruthy();
  });

  it('has no keyboard section where the browser has no shortcuts (Firefox for Android)', () => {
    renderOptions(DEFAULT_SETTINGS, []);
    expect(screen.queryByRole('heading', { name: 'Keyboard' })).toBeNull();
  });
});
