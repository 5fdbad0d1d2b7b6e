/** The top bar: title and dataset, search, layout switch, import and export, stories, copy link, undo and redo. */
import { useId, useState, type ReactNode } from "react";
import type { Actions } from "../app/actions";
import { useAppState, useSession } from "../app/context";
import { LAYOUT_KINDS, LAYOUT_LABEL } from "../graph/layout/positions";
import { SearchBox } from "./SearchBox";
import "./header.css";

export interface HeaderProps {
  readonly actions: Actions;
  readonly onPickNode: (id: string) => void;
  /** The link to the current view, or null when it cannot be one (an imported dataset). */
  readonly linkFor: () => string | null;
  /** More header buttons (import and export, stories). */
  readonly tools?: ReactNode;
}

export function Header({ actions, onPickNode, linkFor, tools }: HeaderProps) {
  const session = useSession();
  const layout = useAppState((s) => s.layout);
  const canUndo = useAppState((s) => s.past.length > 0);
  const canRedo = useAppState((s) => s.future.length > 0);
  const layoutName = useId();
  const [copyStatus, setCopyStatus] = useState("");

  const copyLink = async () => {
    const link = linkFor();
    if (link === null) {
      setCopyStatus("No link for an imported dataset: export a snapshot instead");
      setTimeout(() => setCopyStatus(""), 4000);
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus("Link copied");
    } catch {
      setCopyStatus("Copy failed: the link is in the address bar");
    }
    setTimeout(() => setCopyStatus(""), 2500);
  };

  return (
    <header className="app-header">
      <div className="brand">
        <h1>Chokepoint</h1>
        <span className="dataset-name" title={session.dataset.meta.description}>
          {session.name}
        </span>
      </div>
      <SearchBox onPick={onPickNode} />
      <fieldset className="layout-switch">
        <legend className="visually-hidden">Layout</legend>
        {LAYOUT_KINDS.map((kind) => (
          <label key={kind} className={layout === kind ? "segment segment-on" : "segment"}>
            <input type="radio" name={layoutName} value={kind} checked={layout === kind} onChange={() => actions.setLayout(kind)} />
            {LAYOUT_LABEL[kind]}
          </label>
        ))}
      </fieldset>
      <div className="header-actions">
        {tools}
        <button type="button" onClick={actions.undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={actions.redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" onClick={() => void copyLink()}>
          Copy link
        </button>
        <span className="copy-status" role="status">
          {copyStatus}
        </span>
      </div>
    </header>
  );
}
