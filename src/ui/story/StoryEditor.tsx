/**
 * Writing a story in the app: "add this view as a step" records the scenario, layout,
 * camera and highlight on screen; steps are edited, reordered and deleted; the draft is
 * saved in this browser after every change, exported as a story file, and replaced by an
 * imported one. An import is validated fully first: a file with errors changes nothing
 * and its errors are listed with their line and column.
 */
import { useEffect, useRef, useState } from "react";
import { formatError, type LocatedError } from "../../model/dataset-errors";
import { parseStory } from "../../model/story/load-story";
import type { StoryStep } from "../../model/story/story-types";
import type { Dataset } from "../../model/types";
import type { AppState } from "../state/app-state";
import type { Store } from "../state/store";
import { useStoreSlice } from "../state/store";
import type { StoryBridge } from "./bridge";
import { CommitField } from "./CommitField";
import { deleteStep, draftOf, draftText, moveStep, recordStep, rerecordStep, updateStep, withSteps, type RecordedView, type StoryDraft } from "./draft";
import { StepEditor } from "./StepEditor";
import { downloadText, readStoryFile, storyFileName } from "./story-files";
import "./story-common.css";

export interface Problems {
  readonly title: string;
  readonly errors: readonly LocatedError[];
}

export interface StoryEditorProps {
  readonly draft: StoryDraft;
  readonly setDraft: (draft: StoryDraft) => void;
  readonly dataset: Dataset;
  readonly store: Store<AppState>;
  readonly bridge: StoryBridge;
  readonly onPresent: () => void;
  readonly problems: Problems | null;
  readonly setProblems: (problems: Problems | null) => void;
}

export function ProblemList({ problems }: { problems: Problems }) {
  // The list sits at the foot of a long panel: bring it into view, or a refused import
  // would look like nothing happened.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: "nearest" });
  }, [problems]);
  return (
    <div className="story-problems" role="alert" ref={box}>
      <p>
        <strong>{problems.title}</strong>
      </p>
      {problems.errors.length > 0 && (
        <ul className="story-errors">
          {problems.errors.map((error, i) => (
            <li key={i}>
              <code>{formatError(error)}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function StoryEditor({ draft, setDraft, dataset, store, bridge, onPresent, problems, setProblems }: StoryEditorProps) {
  const layout = useStoreSlice(store, (s) => s.layout);
  const [selected, setSelected] = useState<number | null>(draft.steps.length > 0 ? 0 : null);
  const [status, setStatus] = useState("");
  const [confirmNew, setConfirmNew] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const canRecord = layout !== "force";
  const current = selected !== null && selected < draft.steps.length ? selected : null;

  const view = (): RecordedView => {
    const state = store.get();
    return {
      scenario: state.scenario,
      layout: state.layout === "geographic" ? "geographic" : "tiered",
      camera: bridge.readCamera(),
      selection: state.selection,
      highlightedPath: state.highlightedPath,
      showChanges: state.showChanges,
    };
  };

  const addStep = () => {
    const step = recordStep(view(), dataset);
    setDraft(withSteps(draft, [...draft.steps, step]));
    setSelected(draft.steps.length);
    setStatus(`Step ${draft.steps.length + 1} added: ${step.title}.`);
  };
  const move = (index: number, delta: number) => {
    setDraft(moveStep(draft, index, delta));
    setSelected(Math.max(0, Math.min(draft.steps.length - 1, index + delta)));
    setStatus(`Step ${index + 1} moved ${delta < 0 ? "up" : "down"}.`);
  };
  const remove = (index: number) => {
    setDraft(deleteStep(draft, index));
    setSelected(draft.steps.length > 1 ? Math.min(index, draft.steps.length - 2) : null);
    setStatus(`Step ${index + 1} deleted.`);
  };
  const exportStory = () => {
    const text = draftText(draft);
    const checked = parseStory(text, storyFileName(draft.title), dataset);
    if (!checked.ok) {
      setProblems({ title: "The story cannot be exported yet: fix these first.", errors: checked.errors });
      return;
    }
    setProblems(null);
    downloadText(storyFileName(draft.title), text);
    setStatus(`Exported ${storyFileName(draft.title)}.`);
  };
  const importFile = async (file: File) => {
    const read = await readStoryFile(file);
    const result = read.ok ? parseStory(read.text, file.name, dataset) : null;
    if (!read.ok || !result?.ok) {
      const errors = result && !result.ok ? result.errors : [];
      setProblems({ title: `${file.name} was not imported: ${read.ok ? "it has errors" : read.message}. Your story is unchanged.`, errors });
      setStatus(`${file.name} was not imported.`);
      return;
    }
    setDraft(draftOf(result.story));
    setSelected(0);
    setProblems(result.warnings.length > 0 ? { title: `Imported ${file.name}, with a warning:`, errors: result.warnings } : null);
    setStatus(`Imported ${file.name}: ${result.story.steps.length} steps.`);
  };

  return (
    <section className="story-editor" aria-labelledby="story-editor-title">
      <h3 id="story-editor-title">Your story</h3>
      <CommitField label="Story title" value={draft.title} required maxLength={200} onCommit={(title) => setDraft({ ...draft, title })} />
      <CommitField label="Audience" value={draft.audience} required maxLength={200} onCommit={(audience) => setDraft({ ...draft, audience })} />
      <div className="story-actions">
        <button type="button" className="primary" onClick={addStep} disabled={!canRecord}>
          Add this view as a step
        </button>
        {!canRecord && <span className="muted small">Stories use the tiered or geographic layout: the force layout never lands in the same place twice.</span>}
      </div>
      {draft.steps.length === 0 ? (
        <p className="muted">No step yet. Set up a view (date, switches, layout, a selected node or a highlighted route), then add it as a step.</p>
      ) : (
        <ol className="story-step-list" aria-label="Steps of your story">
          {draft.steps.map((step: StoryStep, index) => (
            <li key={index} className={index === current ? "story-step-item story-step-selected" : "story-step-item"}>
              <button type="button" className="link-button story-step-name" aria-pressed={index === current} onClick={() => setSelected(index)}>
                {index + 1}. {step.title}
              </button>
              <span className="story-step-tools">
                <button type="button" aria-label={`Move step ${index + 1} up`} title="Move up" disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button type="button" aria-label={`Move step ${index + 1} down`} title="Move down" disabled={index === draft.steps.length - 1} onClick={() => move(index, 1)}>
                  ↓
                </button>
                <button type="button" aria-label={`Delete step ${index + 1}`} title="Delete" onClick={() => remove(index)}>
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {current !== null && (
        <StepEditor
          key={current}
          step={draft.steps[current]}
          number={current + 1}
          dataset={dataset}
          canRecord={canRecord}
          onChange={(change) => setDraft(updateStep(draft, current, change))}
          onRerecord={() => {
            setDraft(withSteps(draft, draft.steps.map((step, i) => (i === current ? rerecordStep(step, view(), dataset) : step))));
            setStatus(`Step ${current + 1} now shows the current view.`);
          }}
        />
      )}
      <div className="story-actions">
        <button type="button" onClick={onPresent} disabled={draft.steps.length === 0}>
          Present your story
        </button>
        <button type="button" onClick={exportStory} disabled={draft.steps.length === 0}>
          Export story file
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import story file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Story file to import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
        {confirmNew ? (
          <span className="story-confirm">
            Discard {draft.steps.length} step{draft.steps.length === 1 ? "" : "s"}?{" "}
            <button
              type="button"
              onClick={() => {
                setDraft({ ...draft, title: "Untitled story", steps: [] });
                setSelected(null);
                setConfirmNew(false);
                setStatus("Started a new story.");
              }}
            >
              Discard
            </button>
            <button type="button" onClick={() => setConfirmNew(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => (draft.steps.length > 0 ? setConfirmNew(true) : undefined)} disabled={draft.steps.length === 0}>
            Start a new story
          </button>
        )}
      </div>
      {problems && <ProblemList problems={problems} />}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
