import { i18n } from '#i18n';
import type { HelpBlock } from '@/lib/topics/types';

/** The warning signs that need a doctor now, shared by every card and the popup. */
export function GetHelp({ help, open = false }: { help: HelpBlock; open?: boolean }) {
  return (
    <details class="bpe-help" open={open}>
      <summary>{help.title}</summary>
      <p>{help.intro}</p>
      <ul>
        {help.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p class="bpe-help-sources">
        {i18n.t('help.source')}{' '}
        {help.sources.map((source, i) => (
          <span key={source.url}>
            {i > 0 && ', '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.publisher}: {source.title}
            </a>
          </span>
        ))}
      </p>
    </details>
  );
}
