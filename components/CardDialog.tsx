import type { ComponentChildren } from 'preact';

export interface CardDialogProps {
  titleId: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * The in-page frame around a topic card: a dialog named by the card's title, with a close
 * button. Non-modal: the page stays usable while it is open.
 */
export function CardDialog({ titleId, onClose, children }: CardDialogProps) {
  return (
    <div class="bpe-dialog" role="dialog" aria-labelledby={titleId} tabIndex={-1}>
      <button type="button" class="bpe-close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      <div class="bpe-dialog-body">{children}</div>
    </div>
  );
}
