/** Story types, inferred from story-schema.ts so the two cannot drift; readonly throughout. */
import type { Infer } from "../types";
import type {
  FIGURE_KINDS,
  StoryCameraSchema,
  StoryFigureSchema,
  StoryHighlightSchema,
  StorySchema,
  StoryScenarioSchema,
  StoryStepSchema,
  StoryViewSchema,
  STORY_LAYOUTS,
} from "./story-schema";


export type Story = Infer<typeof StorySchema>;
export type StoryStep = Infer<typeof StoryStepSchema>;
export type StoryScenario = Infer<typeof StoryScenarioSchema>;
export type StoryView = Infer<typeof StoryViewSchema>;
export type StoryCamera = Infer<typeof StoryCameraSchema>;
export type StoryHighlight = Infer<typeof StoryHighlightSchema>;
export type StoryFigure = Infer<typeof StoryFigureSchema>;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type StoryLayout = (typeof STORY_LAYOUTS)[number];
