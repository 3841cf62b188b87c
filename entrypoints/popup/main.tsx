import { render } from 'preact';
import '@/components/card.css';
import '@/components/popup.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
