import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { topicById } from '@/lib/topics/dataset';
import { PrintList } from './PrintList';

describe('PrintList', () => {
  it('prints each topic with its boxed warning and safety lists, not only the questions', () => {
    const codeine = topicById('codeine')!;
    const epidural = topicById('epidural-steroid-injection')!;
    render(<PrintList topics={[codeine, epidural]} onPrint={() => {}} />);
    expect(screen.getAllByRole('complementary', { name: /^Warning from / })).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Check with a doctor or pharmacist first if:' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Before it, tell your care team if:' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Afterwards, get help at once if:' })).toBeTruthy();
    for (const line of codeine.safety.checkFirst ?? []) expect(screen.getByText(line.text)).toBeTruthy();
  });

  it('says "a doctor" rather than "a pharmacist" for who to check with before a therapy', () => {
    render(<PrintList topics={[topicById('spinal-manipulation')!]} onPrint={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Check with a doctor first if:' })).toBeTruthy();
  });
});
