import { render } from 'preact';
import { i18n } from '#i18n';
import '@/components/card.css';
import '@/components/pages.css';
import { PrintList } from '@/components/PrintList';
import { loadSaved } from '@/lib/saved-topics';
import { loadSettings } from '@/lib/settings';
import { browser } from '#imports';
import { topicById } from '@/lib/topics/dataset';
import { languageOfLocale } from '@/lib/topics/language';
import type { Topic } from '@/lib/topics/types';
import { applyDisplaySettings } from '../shared/display';

document.title = i18n.t('print.title');
const [saved, settings] = await Promise.all([loadSaved(), loadSettings()]);
// Printed on paper: light colours whatever the theme; text size follows the setting.
applyDisplaySettings(document.documentElement, { ...settings, theme: 'light' });
const language = languageOfLocale(browser.i18n.getUILanguage());
const topics = saved.map((id) => topicById(id, language)).filter((topic): topic is Topic => !!topic);
render(<PrintList topics={topics} onPrint={() => window.print()} />, document.getElementById('app')!);
