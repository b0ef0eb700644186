// Starts the core wasm module as early as possible: this file is loaded with
// <script type="module" async>, so it runs as soon as it arrives, before the document is parsed;
// it touches no DOM. The page (js/app.js) awaits `ready`. The language's catalog is fetched by
// js/catalog.js, a module of its own, so that its fetch does not wait for the glue imported here.
import init from '../pkg-core/tirkeu_core.js';

export const ready = init();
