/**
 * Where stories come from: the bundled ones (data/stories/*.json through a Vite virtual
 * module, loaded on first use so the initial bundle stays small) and the draft written in
 * the app (`draft`, from localStorage). Every story is validated against the session's
 * dataset before it plays; a story with errors does not play, its errors are shown.
 */
import type { LocatedError } from "../../model/dataset-errors";
import { parseStory } from "../../model/story/load-story";
import type { Story } from "../../model/story/story-types";
import type { Dataset } from "../../model/types";
import { draftText, loadDraft, type DraftStorage } from "./draft";

export const DRAFT_STORY_ID = "draft";

export type StoryLoad =
  | { readonly status: "ready"; readonly id: string; readonly story: Story; readonly warnings: readonly LocatedError[] }
  | { readonly status: "failed"; readonly id: string; readonly title: string; readonly errors: readonly LocatedError[] };

export interface BundledStory {
  readonly id: string;
  readonly load: StoryLoad;
}

let texts: Promise<Readonly<Record<string, string>>> | undefined;

function bundledTexts(): Promise<Readonly<Record<string, string>>> {
  texts ??= import("virtual:chokepoint/stories").then((module) => module.default);
  return texts;
}

function fromText(id: string, text: string, file: string, dataset: Dataset): StoryLoad {
  const result = parseStory(text, file, dataset);
  return result.ok
    ? { status: "ready", id, story: result.story, warnings: result.warnings }
    : { status: "failed", id, title: `The story ${file} cannot be played`, errors: result.errors };
}

export async function bundledStories(dataset: Dataset): Promise<BundledStory[]> {
  const all = await bundledTexts();
  return Object.keys(all)
    .sort()
    .map((id) => ({ id, load: fromText(id, all[id], `data/stories/${id}.json`, dataset) }));
}

/** The story a presentation link names: a bundled id, or `draft` for the story written in the app. */
export async function loadStoryById(id: string, dataset: Dataset, storage: DraftStorage | undefined): Promise<StoryLoad> {
  if (id === DRAFT_STORY_ID) {
    const draft = storage ? loadDraft(storage) : undefined;
    if (!draft || draft.steps.length === 0)
      return { status: "failed", id, title: "There is no story written in this browser yet", errors: [] };
    return fromText(id, draftText(draft), "your story", dataset);
  }
  const all = await bundledTexts();
  if (!Object.hasOwn(all, id)) {
    const known = Object.keys(all).join(", ");
    return { status: "failed", id, title: `There is no story "${id}"`, errors: [{ kind: "unknown-story", path: "", message: `the stories bundled with this site are: ${known}` }] };
  }
  return fromText(id, all[id], `data/stories/${id}.json`, dataset);
}
