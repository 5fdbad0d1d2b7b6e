/**
 * Size controls of the picture exports: PNG at the view's size times a scale, or at a
 * custom width and height; SVG at a width and height. Each shows the pixel size it will
 * make and refuses sizes outside the limits, saying why.
 */
import { useId } from "react";
import type { ExportFormat } from "../../io/file-names";
import { MAX_PNG_SIDE, MIN_PNG_SIDE, PNG_SCALES, pngLayout, pngProblem, svgProblem, type PngSize, type Size } from "./picture-size";

export interface PictureSizes {
  /** The graph view's size on screen, CSS pixels. */
  readonly view: Size;
  readonly png: PngSize;
  /** The custom PNG size, kept while the view's size is chosen. */
  readonly pngCustom: Size;
  readonly svg: Size;
}

export const DEFAULT_PICTURE_SIZES: PictureSizes = {
  view: { width: 1000, height: 700 },
  png: { kind: "view", scale: 2 },
  pngCustom: { width: 1920, height: 1080 },
  svg: { width: 1400, height: 900 },
};

interface PictureOptionsProps {
  readonly sizes: PictureSizes;
  readonly onChange: (sizes: PictureSizes) => void;
  readonly busy: boolean;
  readonly onExport: (format: ExportFormat) => void;
  readonly fileNameOf: (format: ExportFormat) => string;
}

function SizeInputs({ label, size, onChange, disabled }: { label: string; size: Size; onChange: (size: Size) => void; disabled?: boolean }) {
  const read = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
  return (
    <span className="size-inputs">
      <input
        type="number"
        inputMode="numeric"
        aria-label={`${label} width in pixels`}
        value={Number.isNaN(size.width) ? "" : size.width}
        disabled={disabled}
        onChange={(event) => onChange({ ...size, width: read(event.currentTarget.value) })}
      />
      <span aria-hidden="true">×</span>
      <input
        type="number"
        inputMode="numeric"
        aria-label={`${label} height in pixels`}
        value={Number.isNaN(size.height) ? "" : size.height}
        disabled={disabled}
        onChange={(event) => onChange({ ...size, height: read(event.currentTarget.value) })}
      />
      <span className="muted">px</span>
    </span>
  );
}

export function PictureOptions({ sizes, onChange, busy, onExport, fileNameOf }: PictureOptionsProps) {
  const name = useId();
  const png = pngProblem(sizes.png, sizes.view);
  const svg = svgProblem(sizes.svg);
  const view = { width: Math.round(sizes.view.width), height: Math.round(sizes.view.height) };
  const scale = sizes.png.kind === "view" ? sizes.png.scale : 2;
  const pixels = png === null ? pngLayout(sizes.png, sizes.view).pixels : null;
  return (
    <div className="picture-options">
      <fieldset>
        <legend>PNG of the view</legend>
        <div className="picture-choice-row">
          <label className="picture-choice">
            <input type="radio" name={name} checked={sizes.png.kind === "view"} onChange={() => onChange({ ...sizes, png: { kind: "view", scale } })} />
            The view as on screen ({view.width} × {view.height}) at
          </label>{" "}
          <select
            aria-label="PNG scale"
            value={scale}
            disabled={sizes.png.kind !== "view"}
            onChange={(event) => onChange({ ...sizes, png: { kind: "view", scale: Number(event.currentTarget.value) } })}
          >
            {PNG_SCALES.map((value) => (
              <option key={value} value={value}>
                {value}×
              </option>
            ))}
          </select>
        </div>
        <div className="picture-choice-row">
          <label className="picture-choice">
            <input type="radio" name={name} checked={sizes.png.kind === "custom"} onChange={() => onChange({ ...sizes, png: { kind: "custom", ...sizes.pngCustom } })} />
            Custom size
          </label>{" "}
          <SizeInputs
            label="PNG"
            size={sizes.pngCustom}
            disabled={sizes.png.kind !== "custom"}
            onChange={(size) => onChange({ ...sizes, pngCustom: size, png: { kind: "custom", ...size } })}
          />
        </div>
        <p className="picture-result small">
          {png === null && pixels ? `${pixels.width} × ${pixels.height} pixels (${MIN_PNG_SIDE} to ${MAX_PNG_SIDE} per side).` : <span className="field-problem">{png}</span>}
        </p>
        <button type="button" data-export="png" aria-disabled={busy || png !== null} onClick={() => png === null && onExport("png")}>
          Save PNG
        </button>{" "}
        <code className="export-file-name">{fileNameOf("png")}</code>
      </fieldset>
      <fieldset>
        <legend>SVG of the view, with legend</legend>
        <SizeInputs label="SVG" size={sizes.svg} onChange={(size) => onChange({ ...sizes, svg: size })} />
        <p className="picture-result small">{svg === null ? "Vector, for papers and slides: the size sets the proportions and the text size." : <span className="field-problem">{svg}</span>}</p>
        <button type="button" data-export="svg" aria-disabled={busy || svg !== null} onClick={() => svg === null && onExport("svg")}>
          Save SVG
        </button>{" "}
        <code className="export-file-name">{fileNameOf("svg")}</code>
      </fieldset>
    </div>
  );
}
