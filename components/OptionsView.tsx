import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import {
  type CardLanguage,
  type HighlightStyle,
  type Mentions,
  type OpenOn,
  type Settings,
  sitesWith,
  type TextSize,
  type Theme,
} from '@/lib/settings';
import { categoryGroupLabel } from '@/lib/topics/category-labels';
import { CATEGORIES } from '@/lib/topics/types';
import { Switch } from './Switch';

export interface Shortcut {
  description: string;
  /** Empty when the reader has not set one. */
  keys: string;
}

export interface OptionsViewProps {
  settings: Settings;
  shortcuts: readonly Shortcut[];
  onChange: (change: Partial<Settings>) => void;
}

const HOVER_DELAYS = [200, 350, 600, 1000, 1500];

function Choice<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="bpe-fieldset">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value} class="bpe-option">
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="bpe-options-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Every setting on one page. Props only; each change is reported as a partial update. */
export function OptionsView({ settings, shortcuts, onChange }: OptionsViewProps) {
  return (
    <main class="bpe-options">
      <h1>{i18n.t('options.title')}</h1>
      <Section id="bpe-general" title={i18n.t('options.general')}>
        <Switch
          id="bpe-options-enabled"
          label={i18n.t('options.enabled')}
          checked={settings.enabled}
          onChange={(enabled) => onChange({ enabled })}
        />
        <fieldset class="bpe-fieldset">
          <legend>{i18n.t('options.categories')}</legend>
          <p class="bpe-hint">{i18n.t('options.categoriesHint')}</p>
          {CATEGORIES.map((category) => (
            <label key={category} class="bpe-option">
              <input
                type="checkbox"
                checked={settings.categories[category]}
                onChange={(event) => onChange({ categories: { ...settings.categories, [category]: event.currentTarget.checked } })}
              />
              <span>{categoryGroupLabel(category)}</span>
            </label>
          ))}
        </fieldset>
        <Choice<CardLanguage>
          name="cardLanguage"
          legend={i18n.t('options.cardLanguage')}
          value={settings.cardLanguage}
          options={[
            ['auto', i18n.t('options.cardLanguageAuto')],
            ['en', i18n.t('options.cardLanguageEn')],
            ['es', i18n.t('options.cardLanguageEs')],
          ]}
          onChange={(cardLanguage) => onChange({ cardLanguage })}
        />
        <Choice<Mentions>
          name="mentions"
          legend={i18n.t('options.mentions')}
          value={settings.mentions}
          options={[
            ['all', i18n.t('options.mentionsAll')],
            ['first', i18n.t('options.mentionsFirst')],
          ]}
          onChange={(mentions) => onChange({ mentions })}
        />
        <Choice<OpenOn>
          name="openOn"
          legend={i18n.t('options.openOn')}
          value={settings.openOn}
          options={[
            ['point', i18n.t('options.openOnPoint')],
            ['click', i18n.t('options.openOnClick')],
          ]}
          onChange={(openOn) => onChange({ openOn })}
        />
        <label class="bpe-select-row">
          <span>{i18n.t('options.hoverDelay')}</span>
          <select
            value={String(settings.hoverDelayMs)}
            disabled={settings.openOn !== 'point'}
            onChange={(event) => onChange({ hoverDelayMs: Number(event.currentTarget.value) })}
          >
            {[...new Set([...HOVER_DELAYS, settings.hoverDelayMs])]
              .sort((a, b) => a - b)
              .map((ms) => (
                <option key={ms} value={String(ms)}>
                  {i18n.t('options.hoverDelayValue', [(ms / 1000).toLocaleString('en', { maximumFractionDigits: 2 })])}
                </option>
              ))}
          </select>
        </label>
      </Section>
      <Section id="bpe-appearance" title={i18n.t('options.appearance')}>
        <Choice<Theme>
          name="theme"
          legend={i18n.t('options.theme')}
          value={settings.theme}
          options={[
            ['system', i18n.t('options.themeSystem')],
            ['light', i18n.t('options.themeLight')],
            ['dark', i18n.t('options.themeDark')],
          ]}
          onChange={(theme) => onChange({ theme })}
        />
        <Choice<TextSize>
          name="textSize"
          legend={i18n.t('options.textSize')}
          value={settings.textSize}
          options={[
            ['small', i18n.t('options.sizeSmall')],
            ['medium', i18n.t('options.sizeMedium')],
            ['large', i18n.t('options.sizeLarge')],
          ]}
          onChange={(textSize) => onChange({ textSize })}
        />
        <Choice<HighlightStyle>
          name="highlightStyle"
          legend={i18n.t('options.highlight')}
          value={settings.highlightStyle}
          options={[
            ['underline', i18n.t('options.highlightUnderline')],
            ['background', i18n.t('options.highlightBackground')],
            ['none', i18n.t('options.highlightNone')],
          ]}
          onChange={(highlightStyle) => onChange({ highlightStyle })}
        />
      </Section>
      <Section id="bpe-sites" title={i18n.t('options.sites')}>
        {settings.disabledSites.length === 0 ? (
          <p class="bpe-hint">{i18n.t('options.sitesEmpty')}</p>
        ) : (
          <ul class="bpe-site-list">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" class="bpe-action" onClick={() => onChange(sitesWith(settings, site, true))}>
                  {i18n.t('options.removeSite', [site])}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {shortcuts.length > 0 && (
        <Section id="bpe-keyboard" title={i18n.t('options.keyboard')}>
          <p class="bpe-hint">{i18n.t('options.keyboardHint')}</p>
          <dl class="bpe-shortcuts">
            {shortcuts
              .filter((shortcut) => shortcut.description)
              .map((shortcut) => (
                <div key={shortcut.description}>
                  <dt>{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : '—'}</dt>
                  <dd>{shortcut.description}</dd>
                </div>
              ))}
          </dl>
        </Section>
      )}
      <p class="bpe-hint">{i18n.t('options.privacy')}</p>
    </main>
  );
}
