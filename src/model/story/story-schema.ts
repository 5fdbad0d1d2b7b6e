/**
 * The story format, version 1: an instructor's guided tour of a dataset, as a JSON Schema
 * built with TypeBox (the single source of truth, like the dataset's schema.ts). The types
 * in story-types.ts are inferred from it, and `schema/story-v1.schema.json` is generated
 * from it (`npm run schema`; a test fails when the committed file drifts). What JSON Schema
 * cannot say (ids the dataset must have, real days, http(s) links only) is checked by
 * check-story.ts against the dataset the story is played on. docs/stories.md explains it.
 *
 * A story never contains figures: it names them (`figures`), and the app computes them
 * from the analysis of each step's scenario when the story is played.
 */
import Type from "typebox";
import { Fraction, Id, IsoDate, Label, Text } from "../schema";

export const STORY_FORMAT = "chokepoint-story";
export const STORY_VERSION = 1;
export const MAX_STORY_STEPS = 100;

/**
 * Layouts a step can ask for. The force layout is left out on purpose: it is not
 * reproducible (it runs from the current positions until stopped), so a step could not
 * look the same twice.
 */
export const STORY_LAYOUTS = ["tiered", "geographic"] as const;

/** Figures that need no parameter, in the order the app lists them. */
export const PLAIN_FIGURE_KINDS = ["throughput", "paths-surviving", "loophole-share", "licit-loss", "markets-supplied"] as const;
/** Every figure kind: the plain ones, plus those about one intervention, lab or edge. */
export const FIGURE_KINDS = [...PLAIN_FIGURE_KINDS, "attribution", "lab-output", "edge-capacity"] as const;

function literalUnion<const T extends readonly string[]>(values: T, description?: string) {
  return Type.Enum<[...T]>([...values], description ? { description } : {});
}

export const StorySwitchSchema = Type.Object(
  {
    on: Type.Boolean(),
    effectiveness: Type.Optional(Fraction),
  },
  { additionalProperties: false },
);

export const StoryScenarioSchema = Type.Object(
  {
    date: Type.Optional(IsoDate),
    switches: Type.Optional(
      Type.Record(Id, StorySwitchSchema, {
        description: "Overrides by intervention id, applied after the date: { \"on\": true, \"effectiveness\": 0.8 }.",
      }),
    ),
    idealized: Type.Optional(Type.Boolean({ description: "Every switched-on intervention fully effective. Default false." })),
  },
  {
    additionalProperties: false,
    description: "The scenario of the step, as in the app: a date on the timeline and/or switches. {} is the baseline.",
  },
);

export const StoryCameraSchema = Type.Object(
  {
    x: Type.Number({ minimum: -10, maximum: 10 }),
    y: Type.Number({ minimum: -10, maximum: 10 }),
    ratio: Type.Number({ exclusiveMinimum: 0, maximum: 10, description: "Zoom: 1 shows the whole graph, smaller is closer." }),
    angle: Type.Optional(Type.Number({ minimum: -7, maximum: 7, description: "Rotation in radians (default 0)." })),
  },
  {
    additionalProperties: false,
    description: "The graph camera (sigma's normalised coordinates, the graph spanning 0..1). Without it the step frames what it highlights.",
  },
);

export const StoryViewSchema = Type.Object(
  {
    layout: literalUnion(STORY_LAYOUTS, "tiered (columns by node kind) or geographic."),
    camera: Type.Optional(StoryCameraSchema),
  },
  { additionalProperties: false },
);

export const StoryHighlightSchema = Type.Object(
  {
    nodes: Type.Optional(Type.Array(Id, { maxItems: 500 })),
    edges: Type.Optional(Type.Array(Id, { maxItems: 2000 })),
    routes: Type.Optional(
      Type.Array(Type.Array(Id, { minItems: 1, maxItems: 100 }), {
        maxItems: 50,
        description: "Chains of edge ids, each edge starting where the previous one ends.",
      }),
    ),
    minCut: Type.Optional(Type.Boolean({ description: "Highlight the edges of the minimum cut, computed when the step is played." })),
    changes: Type.Optional(
      Type.Boolean({ description: "Colour what changed since the previous step (for the first step: since the baseline)." }),
    ),
  },
  { additionalProperties: false, description: "What stays in colour; the rest of the graph fades." },
);

export const StoryFigureSchema = Type.Union([
  Type.Object({ kind: literalUnion(PLAIN_FIGURE_KINDS) }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal("attribution"), intervention: Id },
    { additionalProperties: false, description: "How much supply the intervention removes (or would remove if switched on)." },
  ),
  Type.Object({ kind: Type.Literal("lab-output"), node: Id }, { additionalProperties: false, description: "Product leaving a lab in the maximum flow." }),
  Type.Object({ kind: Type.Literal("edge-capacity"), edge: Id }, { additionalProperties: false, description: "An edge's open capacity under the step's scenario." }),
]);

export const StoryStepSchema = Type.Object(
  {
    title: Label,
    narrative: Type.String({
      maxLength: 4000,
      description: "Plain text; blank lines separate paragraphs; *emphasis*, **strong** and [text](https://...) links. Never HTML.",
    }),
    scenario: StoryScenarioSchema,
    view: Type.Optional(StoryViewSchema),
    highlight: Type.Optional(StoryHighlightSchema),
    figures: Type.Optional(Type.Array(StoryFigureSchema, { maxItems: 8, description: "Figures to call out, computed when the step is played." })),
    questions: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 600 }), { maxItems: 10, description: "Discussion questions." })),
    sources: Type.Optional(Type.Array(Id, { maxItems: 30, description: "Ids of the dataset's sources." })),
  },
  { additionalProperties: false },
);

export const StorySchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    format: Type.Literal(STORY_FORMAT),
    version: Type.Literal(STORY_VERSION),
    title: Label,
    audience: Label,
    description: Type.Optional(Text),
    dataset: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "The title of the dataset the story is written for (checked softly: another dataset only gets a warning).",
    }),
    steps: Type.Array(StoryStepSchema, { minItems: 1, maxItems: MAX_STORY_STEPS }),
  },
  { additionalProperties: false, title: "Chokepoint story, version 1" },
);
