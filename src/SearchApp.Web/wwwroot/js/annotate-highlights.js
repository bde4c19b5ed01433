// Draws annotation highlights without touching the article's DOM text. Wrapping letters in elements (as
// many annotators do) can break Arabic joining and shift the text; the CSS Custom Highlight API paints
// over live Ranges instead (https://www.w3.org/TR/css-highlight-api-1/). Browsers without it get an
// overlay: translucent boxes from Range.getClientRects(), positioned over the text and ignoring the pointer.

// One highlight name per kind; their ::highlight() styles are in annotate.css. Later names paint on top.
export const LAYERS = ['annotation', 'annotation-overlap', 'annotation-per', 'annotation-org', 'annotation-loc',
    'annotation-none', 'annotation-selected', 'annotation-pending'];

/** Stretches of [start, end) covered by two or more of the spans, so overlaps can be drawn darker. */
export function overlaps(spans) {
    const events = [];
    for (const s of spans) {
        events.push([s.start, 1], [s.end, -1]);
    }
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const result = [];
    let depth = 0;
    let from = 0;
    for (const [at, step] of events) {
        if (depth >= 2 && at > from) {
            result.push({ start: from, end: at });
        }
        depth += step;
        from = at;
    }
    return result;
}

export class Highlighter {
    constructor(body, map, { forceOverlay = false } = {}) {
        this.body = body;
        this.map = map;
        this.native = !forceOverlay && typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
        this.layers = {};
        if (!this.native) {
            this.overlay = document.createElement('div');
            this.overlay.className = 'annotation-overlay';
            this.overlay.setAttribute('aria-hidden', 'true');
            this.overlay.dataset.offsetIgnore = '';
            body.classList.add('has-annotation-overlay');
            body.prepend(this.overlay);
            // Boxes follow the text when it reflows (window resized, fonts loaded).
            new ResizeObserver(() => this.paintOverlay()).observe(body);
        }
    }

    /** layers: { name: [{ start, end }] } for names in LAYERS; names left out are cleared. */
    draw(layers) {
        this.layers = {};
        for (const name of LAYERS) {
            this.layers[name] = (layers[name] || [])
                .filter(s => s.end > s.start)
                .map(s => this.map.rangeFor(s.start, s.end));
        }
        if (this.native) {
            LAYERS.forEach((name, priority) => {
                if (this.layers[name].length === 0) {
                    CSS.highlights.delete(name);
                    return;
                }
                const highlight = new Highlight(...this.layers[name]);
                highlight.priority = priority;
                CSS.highlights.set(name, highlight);
            });
        } else {
            this.paintOverlay();
        }
    }

    paintOverlay() {
        if (this.native) {
            return;
        }
        const origin = this.body.getBoundingClientRect();
        const boxes = [];
        for (const name of LAYERS) {
            for (const range of this.layers[name] || []) {
                for (const rect of range.getClientRects()) {
                    if (rect.width < 0.5 || rect.height < 0.5) {
                        continue;
                    }
                    const box = document.createElement('div');
                    box.className = 'overlay-box overlay-' + name;
                    // CSSOM writes are allowed by the CSP (style-src 'self' forbids only style attributes in markup).
                    box.style.top = (rect.top - origin.top) + 'px';
                    box.style.left = (rect.left - origin.left) + 'px';
                    box.style.width = rect.width + 'px';
                    box.style.height = rect.height + 'px';
                    boxes.push(box);
                }
            }
        }
        this.overlay.replaceChildren(...boxes);
    }
}
