/**
 * A labelled text field that edits a value in place, for the story editor: typing updates
 * the draft at once, except that a required field left empty keeps its last value (so a
 * draft never holds a step without a title).
 */
import { useId, useState } from "react";

export interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly required?: boolean;
  readonly multiline?: boolean;
  readonly rows?: number;
  readonly maxLength?: number;
  readonly hint?: string;
  readonly className?: string;
}

export function CommitField({ label, value, onCommit, required = false, multiline = false, rows = 4, maxLength, hint, className }: CommitFieldProps) {
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // Follow the draft when it changes from elsewhere (another step selected, an import).
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const change = (next: string) => {
    setText(next);
    if (!required || next.trim() !== "") {
      setSeen(next);
      onCommit(next);
    }
  };
  const common = {
    id,
    value: text,
    maxLength,
    required,
    "aria-describedby": hint ? hintId : undefined,
    onBlur: () => {
      if (required && text.trim() === "") setText(value);
    },
  };
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => change(event.target.value)} />
      )}
      {hint && (
        <span id={hintId} className="muted small">
          {hint}
        </span>
      )}
    </div>
  );
}
