/**
 * Dynamic GEXF 1.3 of the timeline (mode="dynamic", timeformat="date"): the dataset's
 * nodes and edges with their static attributes, and for every edge its legal status, open
 * capacity and closed flag as dynamic attributes, one spell per event date (plus one for
 * the time before the first event), from timeline-states.ts. Gephi's timeline then plays
 * the story: filter on `closed` or colour by `scenarioStatus` and move the slider.
 */
import { withDefaults } from "../../model/options";
import type { Dataset } from "../../model/types";
import type { Scenario } from "../../scenario/types";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeItems, nodeItems, type AttributeSpec, type EdgeItem } from "../graph-attributes";
import { viewPositions } from "../layout/view-positions";
import type { Position } from "../snapshot/snapshot-types";
import { edgeLook, nodeColor, MIN_NODE_SIZE } from "../style/view-style";
import { element, openTag } from "../xml/write-xml";
import { scenarioModifiers } from "./describe-scenario";
import { attributeDeclarations, attvalueLines, attvalues, gexfHeader, vizColor } from "./export-gexf";
import { timelineStates } from "./timeline-states";

export interface DynamicGexfOptions {
  /** Switches and idealized mode applied on top of every date (the date itself is ignored). */
  readonly scenario: Scenario;
  /** View positions by node id; the kind-columns layout when absent. */
  readonly positions: ReadonlyMap<string, Position> | null;
}

export const DEFAULT_DYNAMIC_GEXF_OPTIONS: DynamicGexfOptions = Object.freeze({
  scenario: Object.freeze({ switches: Object.freeze({}), idealized: false }),
  positions: null,
});

/** The edge attributes that change over time, declared in a dynamic <attributes> block. */
const DYNAMIC_EDGE_ATTRIBUTES = EDGE_ATTRIBUTES.filter((spec) => ["scenarioStatus", "openCapacity", "closed"].includes(spec.name));

const staticOnly = <Item>(specs: readonly AttributeSpec<Item>[]) => specs.filter((spec) => spec.origin !== "scenario");

export function exportGexfTimeline(dataset: Dataset, options: Partial<DynamicGexfOptions> = {}): string {
  const settings = withDefaults(DEFAULT_DYNAMIC_GEXF_OPTIONS, options);
  const states = timelineStates(dataset, settings.scenario);
  const first = states[0];
  const last = states[states.length - 1];
  const nodeStates = settings.positions
    ? dataset.nodes.map((node) => {
        const position = settings.positions?.get(node.id);
        return { id: node.id, survived: false, chokepoint: false, flowIn: 0, flowOut: 0, ...(position ? { position } : {}) };
      })
    : undefined;
  const view = viewPositions(dataset, nodeStates);
  const sizeUnit = Math.max(view.maxX - view.minX, view.maxY - view.minY, 1) / 400;
  const nodeSpecs = staticOnly(NODE_ATTRIBUTES);
  const edgeSpecs = staticOnly(EDGE_ATTRIBUTES);

  const lines = gexfHeader("dynamic", {
    description: [`${dataset.meta.title}: the timeline`, ...scenarioModifiers(settings.scenario)].join("; "),
    timeformat: "date",
    start: first.start,
    end: last.end,
  });
  lines.push(
    ...attributeDeclarations("node", nodeSpecs),
    ...attributeDeclarations("edge", edgeSpecs),
    ...attributeDeclarations("edge", DYNAMIC_EDGE_ATTRIBUTES, "dynamic"),
  );
  lines.push(`    <nodes>`);
  for (const item of nodeItems(dataset.nodes, dataset.jurisdictions, undefined)) {
    const position = view.positions.get(item.node.id) ?? { x: 0, y: 0 };
    lines.push(
      `      ${openTag("node", { id: item.node.id, label: item.node.label })}\n` +
        attvalues(nodeSpecs, item, "        ") +
        `        ${vizColor(nodeColor(item.node.kind))}\n` +
        `        ${element("viz:position", { x: position.x, y: position.y, z: 0 })}\n` +
        `        ${element("viz:size", { value: MIN_NODE_SIZE * sizeUnit })}\n` +
        `      </node>`,
    );
  }
  lines.push(`    </nodes>`, `    <edges>`);
  edgeItems(dataset.edges, dataset.commodities, undefined).forEach((item: EdgeItem, e) => {
    const look = edgeLook(item.edge.status, false);
    // One <attvalues> block: the static values, then the spells of the dynamic ones.
    let values = attvalueLines(edgeSpecs, item, "          ");
    for (const state of states) {
      const spell = `start="${state.start}" end="${state.end}"/>\n`;
      values +=
        `          <attvalue for="scenarioStatus" value="${state.status[e]}" ${spell}` +
        `          <attvalue for="openCapacity" value="${state.openCapacity[e]}" ${spell}` +
        `          <attvalue for="closed" value="${state.openCapacity[e] === 0}" ${spell}`;
    }
    lines.push(
      `      ${openTag("edge", { id: item.edge.id, source: item.edge.source, target: item.edge.target })}\n` +
        `        <attvalues>\n${values}        </attvalues>\n` +
        `        ${vizColor(look.color)}\n` +
        `        ${element("viz:shape", { value: look.dash })}\n` +
        `      </edge>`,
    );
  });
  lines.push(`    </edges>`, `  </graph>`, `</gexf>`, "");
  return lines.join("\n");
}
