import { useCardText } from './card-text';
import { headingParts } from '@/lib/topics/help';
import type { HelpBlock, HelpTier } from '@/lib/topics/types';

/** A phone number as a link a phone can call; other text ("your local emergency number") as is. */
function CallNumber({ number }: { number: string }) {
  return /^\d{3,5}$/.test(number) ? (
    <a class="bpe-help-number" href={`tel:${number}`}>
      {number}
    </a>
  ) : (
    <strong>{number}</strong>
  );
}

function Tier({ tier, help, kind }: { tier: HelpTier; help: HelpBlock; kind: 'emergency' | 'urgent' }) {
  return (
    <section class={`bpe-help-tier bpe-help-${kind}`}>
      <h3>
        {headingParts(tier.heading).map((part, i) =>
          'text' in part ? part.text : part.slot === 'number' ? <CallNumber key={i} number={help.region.number} /> : help.region[part.slot],
        )}
      </h3>
      <ul>
        {tier.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      {tier.note && <p class="bpe-help-note">{tier.note}</p>}
    </section>
  );
}

/** The warning signs that need a doctor now or today, shared by every card and the popup. */
export function GetHelp({ help, open = false }: { help: HelpBlock; open?: boolean }) {
  const { t } = useCardText();
  return (
    <details class="bpe-help" open={open}>
      <summary>{help.title}</summary>
      <Tier tier={help.emergency} help={help} kind="emergency" />
      <Tier tier={help.urgent} help={help} kind="urgent" />
      {help.elsewhere.length > 0 && (
        <p class="bpe-help-elsewhere">
          {t('help.elsewhere')}{' '}
          {help.elsewhere.map((other, i) => (
            <span key={other.number}>
              {i > 0 && '; '}
              <strong>{other.number}</strong> {other.where}
            </span>
          ))}
        </p>
      )}
      <p class="bpe-help-sources">
        {t('help.source')}{' '}
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
