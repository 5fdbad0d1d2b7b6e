/** Keyboard-reachable camera controls (the canvas itself only takes the mouse). */
import { useSigma } from "./sigma-context";

export function ZoomButtons() {
  const sigma = useSigma();
  const camera = () => sigma.getCamera();
  return (
    <div className="zoom-buttons" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => void camera().animatedZoom({ duration: 200 })}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => void camera().animatedUnzoom({ duration: 200 })}>
        −
      </button>
      <button type="button" aria-label="Fit the whole graph" title="Fit the whole graph" onClick={() => void camera().animatedReset({ duration: 200 })}>
        ⤢
      </button>
    </div>
  );
}
