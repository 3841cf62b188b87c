import { render } from 'preact';
import '@/components/card.css';
import '@/components/popup.css';
import '@/components/pages.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
