// Maps between DOM positions in the article body and UTF-16 offsets into the stored body.
// Each <p data-start="N"> holds one paragraph; paragraphs are joined by exactly one "\n" in the stored
// body, so an offset is the paragraph's data-start plus the number of code units of text before the point
// (JS string lengths are UTF-16 code units, like the server's C# strings). All text nodes inside a
// paragraph count, so inline elements (<mark>, <span> for entities) do not shift offsets; text inside an
// element marked [data-offset-ignore] (badges, overlays) is not part of the article and does not count.

const IGNORE = '[data-offset-ignore]';

// Characters of quote context, as TextAnchor.ContextLength on the server.
const CONTEXT = 32;

export class TextMap {
    constructor(body) {
        this.body = body;
    }

    get paragraphs() {
        return [...this.body.querySelectorAll('p[data-start]')];
    }

    static startOf(p) {
        return Number(p.dataset.start);
    }

    textNodes(p) {
        const nodes = [];
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
            acceptNode: n => (n.parentElement && n.parentElement.closest(IGNORE) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            nodes.push(n);
        }
        return nodes;
    }

    paragraphLength(p) {
        return this.textNodes(p).reduce((sum, t) => sum + t.length, 0);
    }

    /** The stored body as the page shows it: the paragraphs' text joined by "\n". */
    bodyText() {
        return this.paragraphs.map(p => this.textNodes(p).map(t => t.data).join('')).join('\n');
    }

    /**
     * The body offset of a DOM boundary point. A point between or outside paragraphs snaps to the nearest
     * paragraph edge inside the selection: forward for a start, backward for an end.
     */
    offsetOf(node, offset, edge) {
        const host = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        const p = host && host.closest('p[data-start]');
        if (p && this.body.contains(p)) {
            return TextMap.startOf(p) + this.countBefore(p, node, offset);
        }

        const point = document.createRange();
        point.setStart(node, offset);
        const paragraphs = this.paragraphs;
        if (paragraphs.length === 0) {
            return 0;
        }
        if (edge === 'start') {
            const next = paragraphs.find(q => point.comparePoint(q, 0) >= 0);
            const last = paragraphs[paragraphs.length - 1];
            return next ? TextMap.startOf(next) : TextMap.startOf(last) + this.paragraphLength(last);
        }
        const previous = paragraphs.filter(q => point.comparePoint(q, q.childNodes.length) <= 0).pop();
        return previous ? TextMap.startOf(previous) + this.paragraphLength(previous) : 0;
    }

    /** Code units of paragraph text before (node, offset). */
    countBefore(p, node, offset) {
        const before = document.createRange();
        before.setStart(p, 0);
        before.setEnd(node, offset);
        let count = 0;
        for (const t of this.textNodes(p)) {
            if (t === node) {
                return count + offset;
            }
            if (before.intersectsNode(t)) {
                count += t.length;
            }
        }
        return count;
    }

    /** The DOM point at a body offset; at a boundary between two text nodes a start goes right, an end left. */
    pointAt(offset, edge) {
        const paragraphs = this.paragraphs;
        for (const p of paragraphs) {
            const start = TextMap.startOf(p);
            const nodes = this.textNodes(p);
            const length = nodes.reduce((sum, t) => sum + t.length, 0);
            if (offset > start + length) {
                continue;
            }
            let rest = Math.max(0, offset - start);
            for (const t of nodes) {
                if (rest < t.length || (rest === t.length && edge === 'end')) {
                    return { node: t, offset: rest };
                }
                rest -= t.length;
            }
            return { node: p, offset: p.childNodes.length };
        }
        const last = paragraphs[paragraphs.length - 1];
        return { node: last, offset: last.childNodes.length };
    }

    /** A live DOM Range over body offsets [start, end). */
    rangeFor(start, end) {
        const range = document.createRange();
        const a = this.pointAt(start, 'start');
        const b = this.pointAt(end, 'end');
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        return range;
    }

    /**
     * The selectors of the current selection inside the body: { start, end, exact }, with surrounding
     * white space trimmed off (a double-click often takes the space after a word), or null.
     */
    selectionTarget(selection) {
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
            return null;
        }
        const range = selection.getRangeAt(0);
        if (!range.intersectsNode(this.body)) {
            return null;
        }
        let start = this.offsetOf(range.startContainer, range.startOffset, 'start');
        let end = this.offsetOf(range.endContainer, range.endOffset, 'end');
        const text = this.bodyText();
        while (start < end && /\s/u.test(text[start])) {
            start++;
        }
        while (end > start && /\s/u.test(text[end - 1])) {
            end--;
        }
        return start < end ? TextMap.target(text, start, end) : null;
    }

    /** W3C selectors for [start, end) of the body text: position, quote, and 32 characters of context each side. */
    static target(text, start, end) {
        return {
            start,
            end,
            exact: text.slice(start, end),
            prefix: text.slice(Math.max(0, start - CONTEXT), start),
            suffix: text.slice(end, end + CONTEXT),
        };
    }

    /** The body offset under a viewport point (a click), or null when the point is not on article text. */
    offsetAtPoint(x, y) {
        let node = null;
        let offset = 0;
        if (document.caretPositionFromPoint) {
            const position = document.caretPositionFromPoint(x, y);
            if (position) {
                ({ offsetNode: node, offset } = position);
            }
        } else if (document.caretRangeFromPoint) {
            const range = document.caretRangeFromPoint(x, y);
            if (range) {
                ({ startContainer: node, startOffset: offset } = range);
            }
        }
        const host = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
        const p = host && host.closest('p[data-start]');
        return p && this.body.contains(p) ? TextMap.startOf(p) + this.countBefore(p, node, offset) : null;
    }
}
