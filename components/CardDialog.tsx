import { useCardText } from './card-text';
import type { ComponentChildren } from 'preact';

export interface CardDialogProps {
  titleId: string;
  onClose: () => void;
  children: ComponentChildren;
}

const FOCUSABLE = 'button, a[href], summary, [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside the card: from the last control it goes back to the first, and Shift+Tab
 * the other way. Esc (handled by the page-level listener) is the way out.
 */
function cycleFocus(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const dialog = event.currentTarget as HTMLElement;
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((item) => item.getClientRects().length > 0);
  const first = items[0];
  const last = items[items.length - 1];
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  if (!first || !last) return;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The in-page frame around a topic card: a dialog named by the card's title, with a close
 * button. Non-modal: the page stays usable while it is open.
 */
export function CardDialog({ titleId, onClose, children }: CardDialogProps) {
  const { t } = useCardText();
  return (
    <div class="bpe-dialog" role="dialog" aria-labelledby={titleId} tabIndex={-1} onKeyDown={cycleFocus}>
      <button type="button" class="bpe-close" aria-label={t('card.close')} title={t('card.closeHint')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      <div class="bpe-dialog-body">{children}</div>
    </div>
  );
}
