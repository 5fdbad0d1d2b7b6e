/** Messages about what could not be restored from the link or the autosave; dismissible. */
import { useState } from "react";

export function Notices({ notices }: { notices: readonly string[] }) {
  const [open, setOpen] = useState(true);
  if (!open || notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setOpen(false)}>
        Dismiss
      </button>
    </div>
  );
}
