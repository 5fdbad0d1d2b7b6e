/**
 * A modal dialog on the native <dialog> element (showModal): the browser keeps focus
 * inside, makes the page behind inert, and closes on Escape. Focus returns to the control
 * that opened it. Labelled by its title for screen readers.
 */
import { useEffect, useId, useRef, type ReactNode } from "react";
import "./dialogs.css";

export interface ModalProps {
  readonly title: string;
  readonly className?: string;
  /** Called once the dialog has closed (its button, Escape, or the owner unmounting it). */
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function Modal({ title, className, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const closed = () => onCloseRef.current();
    dialog.addEventListener("close", closed);
    return () => {
      dialog.removeEventListener("close", closed);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={["modal", className].filter(Boolean).join(" ")} aria-labelledby={titleId}>
      <div className="modal-title-row">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-close" onClick={() => ref.current?.close()} aria-label={`Close: ${title}`}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
