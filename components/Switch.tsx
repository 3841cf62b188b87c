import { i18n } from '#i18n';

export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Extra words for screen readers, read after the label. */
  description?: string;
  id: string;
}

/** An on/off switch: a button with role="switch", so it is one Tab stop and toggles with Space or Enter. */
export function Switch({ label, checked, onChange, description, id }: SwitchProps) {
  return (
    <div class="bpe-switch-row">
      <span id={`${id}-label`} class="bpe-switch-label">
        {label}
      </span>
      <button
        type="button"
        role="switch"
        id={id}
        class="bpe-switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-description` : undefined}
        onClick={() => onChange(!checked)}
      >
        <span class="bpe-switch-track" aria-hidden="true">
          <span class="bpe-switch-thumb" />
        </span>
        <span class="bpe-switch-state" aria-hidden="true">
          {checked ? i18n.t('on') : i18n.t('off')}
        </span>
      </button>
      {description && (
        <span id={`${id}-description`} class="bpe-visually-hidden">
          {description}
        </span>
      )}
    </div>
  );
}
