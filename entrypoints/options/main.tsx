import { render } from 'preact';
import { i18n } from '#i18n';
import '@/components/card.css';
import '@/components/popup.css';
import '@/components/pages.css';
import { OptionsApp } from './OptionsApp';

document.title = i18n.t('options.title');
render(<OptionsApp />, document.getElementById('app')!);
