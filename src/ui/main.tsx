/** Entry point of the browser app. */
// The theme and resets first: every component's stylesheet must come after them in the CSS.
import "./app/base.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Root } from "./app/Root";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
