/**
 * The sigma reducers of the session: thin wrappers that read the current display inputs
 * from a mutable holder (updated by DisplayController) and call the pure display rules.
 * They are handed to sigma at construction, so the first render is already styled (no
 * second full render at startup: on a 10^5-edge graph each render counts).
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { SessionEdgeAttributes, SessionNodeAttributes } from "./session-graph";
import { edgeDisplay, nodeDisplay, type DisplayInputs, type Fade, type NodeFacts } from "./style/display";

/**
 * What sigma draws from, outside React: a mutable holder created once per session; the
 * reducers read it at render time, DisplayController updates it in effects.
 */
export class DisplayState {
  private current: DisplayInputs;
  private fading: Fade | null = null;

  constructor(initial: DisplayInputs) {
    this.current = initial;
  }

  get inputs(): DisplayInputs {
    return this.current;
  }

  get fade(): Fade | null {
    return this.fading;
  }

  /** Replaces the inputs; returns the previous ones. */
  replaceInputs(inputs: DisplayInputs): DisplayInputs {
    const previous = this.current;
    this.current = inputs;
    return previous;
  }

  setFade(fade: Fade | null): void {
    this.fading = fade;
  }
}

export interface Reducers {
  readonly nodeReducer: (node: string, data: SessionNodeAttributes) => Partial<NodeDisplayData>;
  readonly edgeReducer: (edge: string, data: SessionEdgeAttributes) => Partial<EdgeDisplayData>;
}

export function createReducers(state: DisplayState, nodeFacts: readonly NodeFacts[]): Reducers {
  return {
    nodeReducer: (node, data) => ({ ...data, ...nodeDisplay(node, nodeFacts[data.index], state.inputs) }),
    edgeReducer: (edge, data) => {
      const { inputs, fade } = state;
      return { ...data, ...edgeDisplay(edge, data.index, fade ? { ...inputs, fade } : inputs) };
    },
  };
}
