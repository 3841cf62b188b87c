import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Language } from '@/lib/topics/types';

/** The interface words a card shows (section names, safety headings, "Get help now"…). */
type CardTextKey = `card.${string}` | `help.${string}` | `category.${string}`;

export interface CardText {
  language: Language;
  t: (key: CardTextKey, substitutions?: string[]) => string;
}

/**
 * The card's own words follow the card's language, which can differ from the browser's (a
 * Spanish page read in an English browser shows a Spanish card). By default they come from the
 * browser's i18n (the popup, the options page); the in-page card gets them with its text.
 */
const Text = createContext<CardText>({
  language: 'en',
  t: (key, substitutions) => (i18n.t as (key: string, substitutions?: string[]) => string)(key, substitutions),
});

export function useCardText(): CardText {
  return useContext(Text);
}

/** Card words from a message table (`_locales/<language>/messages.json`, keys with `_` for `.`); `$1` is filled in. */
export function cardTextFrom(language: Language, messages: Readonly<Record<string, string>>): CardText {
  return {
    language,
    t: (key, substitutions = []) =>
      (messages[key.replaceAll('.', '_')] ?? key).replace(/\$(\d)/g, (_match, n: string) => substitutions[Number(n) - 1] ?? ''),
  };
}

export function CardTextProvider({ text, children }: { text: CardText; children: ComponentChildren }) {
  return <Text.Provider value={text}>{children}</Text.Provider>;
}
