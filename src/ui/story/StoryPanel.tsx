/**
 * The stories panel (loaded lazily from the header's "Stories" button): the stories that
 * ship with the site, ready to present or to copy into the editor, and the story being
 * written in this browser (StoryEditor.tsx).
 */
import { useEffect, useState } from "react";
import type { Actions } from "../app/actions";
import { useSession } from "../app/context";
import type { AppState } from "../state/app-state";
import type { Store } from "../state/store";
import type { StoryBridge } from "./bridge";
import { checkDraft, draftOf, draftText, emptyDraft, loadDraft, saveDraft, type StoryDraft } from "./draft";
import { enterFullscreen } from "./fullscreen";
import { bundledStories, DRAFT_STORY_ID, type BundledStory } from "./library";
import type { Story } from "../../model/story/story-types";
import { StoryEditor, ProblemList, type Problems } from "./StoryEditor";
import { parseStory } from "../../model/story/load-story";
import "./story-panel.css";

export interface StoryPanelProps {
  readonly store: Store<AppState>;
  readonly actions: Actions;
  readonly bridge: StoryBridge;
  readonly onClose: () => void;
}

/** Starts presenting a story at its first step (full screen when the browser allows it). */
function present(store: Store<AppState>, id: string): void {
  store.update((state) => ({ ...state, story: { id, step: 1 } }));
  void enterFullscreen();
}

/** Where the header ends, so the panel sits under it (the header wraps on narrow windows). */
function useHeaderBottom(): number {
  const measure = () => Math.max(0, document.querySelector(".app-header")?.getBoundingClientRect().bottom ?? 0);
  const [bottom, setBottom] = useState(measure);
  useEffect(() => {
    const update = () => setBottom(measure());
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);
  return bottom;
}

export default function StoryPanel({ store, bridge, onClose }: StoryPanelProps) {
  const session = useSession();
  const dataset = session.dataset;
  const [library, setLibrary] = useState<BundledStory[] | null>(null);
  const [draft, setDraftState] = useState<StoryDraft>(() => loadDraft(window.localStorage) ?? emptyDraft(dataset));
  const [problems, setProblems] = useState<Problems | null>(null);
  const [replaceWith, setReplaceWith] = useState<string | null>(null);
  const top = useHeaderBottom();
  const setDraft = (next: StoryDraft) => {
    setDraftState(next);
    saveDraft(window.localStorage, next);
  };

  useEffect(() => {
    let cancelled = false;
    void bundledStories(dataset).then((stories) => {
      if (!cancelled) setLibrary(stories);
    });
    return () => {
      cancelled = true;
    };
  }, [dataset]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onClose]);

  const copy = (story: Story) => {
    setDraft(draftOf(story));
    setProblems(null);
    setReplaceWith(null);
  };

  const presentDraft = () => {
    const checked = checkDraft(draft, dataset);
    if (!checked.ok) {
      const located = parseStory(draftText(draft), "your story", dataset);
      setProblems({ title: "Your story cannot be presented yet: fix these first.", errors: located.ok ? [] : located.errors });
      return;
    }
    setProblems(null);
    present(store, DRAFT_STORY_ID);
  };

  return (
    <aside className="story-panel" id="story-panel" aria-labelledby="story-panel-title" style={{ top }}>
      <div className="panel-title-row">
        <h2 id="story-panel-title">Stories</h2>
        <button type="button" onClick={onClose} aria-label="Close the stories panel">
          Close
        </button>
      </div>
      <section aria-labelledby="story-library-title">
        <h3 id="story-library-title">Present a story</h3>
        {library === null ? (
          <p className="muted" role="status">
            Loading the stories…
          </p>
        ) : (
          <ul className="story-library">
            {library.map(({ id, load }) => (
              <li key={id} data-story-id={id}>
                {load.status === "ready" ? (
                  <>
                    <strong>{load.story.title}</strong>
                    <span className="muted small">
                      {load.story.audience} · {load.story.steps.length} steps
                    </span>
                    <span className="story-actions">
                      <button type="button" className="primary" onClick={() => present(store, id)}>
                        Present
                      </button>
                      {replaceWith === id ? (
                        <span className="story-confirm">
                          Replace your {draft.steps.length} steps?
                          <button type="button" onClick={() => copy(load.story)}>
                            Replace
                          </button>
                          <button type="button" onClick={() => setReplaceWith(null)}>
                            Keep mine
                          </button>
                        </span>
                      ) : (
                        <button type="button" onClick={() => (draft.steps.length > 0 ? setReplaceWith(id) : copy(load.story))}>
                          Edit a copy
                        </button>
                      )}
                    </span>
                  </>
                ) : (
                  <ProblemList problems={{ title: load.title, errors: load.errors }} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <StoryEditor
        draft={draft}
        setDraft={setDraft}
        dataset={dataset}
        store={store}
        bridge={bridge}
        onPresent={presentDraft}
        problems={problems}
        setProblems={setProblems}
      />
    </aside>
  );
}
