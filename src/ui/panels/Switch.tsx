/** An on/off switch (ARIA switch pattern on a native button, so Space and Enter work). */
import "./switch.css";

export function Switch({
  checked,
  onChange,
  labelledBy,
  label,
  id,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  labelledBy?: string;
  label?: string;
  id?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      aria-checked={checked}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      className={`switch ${checked ? "switch-on" : ""}`}
      onClick={() => onChange(!checked)}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-state" aria-hidden="true">
        {checked ? "On" : "Off"}
      </span>
    </button>
  );
}
