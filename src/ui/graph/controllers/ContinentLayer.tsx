/**
 * Draws a light outline of the continents behind the edges in the geographic layout, on
 * a canvas layer inserted under sigma's WebGL layers. The land rings are built once
 * (continent-rings.ts) into a Path2D in graph coordinates; each render only sets the
 * canvas transform from sigma's graph-to-viewport mapping. Loaded lazily with the
 * 55 kB outline data: only the geographic layout needs it.
 */
import { useEffect } from "react";
import type { Topology } from "topojson-specification";
import land from "world-atlas/land-110m.json";
import { landRings } from "../layout/continent-rings";
import { isAlive, useSigma } from "../sigma-context";

const LAYER_ID = "continents";
const LAND_FILL = "#F1EFE8";
const COAST_STROKE = "#C9C4B5";

let cachedPath: Path2D | null = null;

function landPath(): Path2D {
  if (cachedPath) return cachedPath;
  const path = new Path2D();
  for (const ring of landRings(land as unknown as Topology)) {
    path.moveTo(ring[0], ring[1]);
    for (let i = 2; i < ring.length; i += 2) path.lineTo(ring[i], ring[i + 1]);
    path.closePath();
  }
  cachedPath = path;
  return path;
}

export default function ContinentLayer() {
  const sigma = useSigma();
  useEffect(() => {
    const canvas = sigma.createCanvas(LAYER_ID, { beforeLayer: "edges" });
    canvas.setAttribute("aria-hidden", "true");
    const context = canvas.getContext("2d");
    const path = landPath();
    const draw = () => {
      if (!context) return;
      const { width, height } = sigma.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
      }
      // graphToViewport is affine (camera rotation is off): read it from three points.
      const origin = sigma.graphToViewport({ x: 0, y: 0 });
      const unitX = sigma.graphToViewport({ x: 1, y: 0 });
      const unitY = sigma.graphToViewport({ x: 0, y: 1 });
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.setTransform(
        ratio * (unitX.x - origin.x),
        ratio * (unitX.y - origin.y),
        ratio * (unitY.x - origin.x),
        ratio * (unitY.y - origin.y),
        ratio * origin.x,
        ratio * origin.y,
      );
      const scale = Math.hypot(unitX.x - origin.x, unitX.y - origin.y) || 1;
      context.fillStyle = LAND_FILL;
      context.fill(path);
      context.lineWidth = 1 / scale;
      context.strokeStyle = COAST_STROKE;
      context.stroke(path);
    };
    sigma.on("afterRender", draw);
    sigma.on("resize", draw);
    draw();
    return () => {
      sigma.off("afterRender", draw);
      sigma.off("resize", draw);
      if (isAlive(sigma)) sigma.killLayer(LAYER_ID);
    };
  }, [sigma]);
  return null;
}
