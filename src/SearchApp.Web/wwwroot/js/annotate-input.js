// How a reader selects and clicks in the article body: pointer (mouse, pen, touch) and keyboard.
//
// Keyboard selection in the article body. Read-only text has no caret unless the browser's caret
// browsing is on, so the focusable body extends the selection itself with Selection.modify: Shift+arrows
// select (Ctrl+Shift for whole words), Shift+Home/End to the line's ends; plain arrows still scroll.
// Left and right are visual, so in right-to-left Arabic Shift+ArrowLeft reads forward, as expected.

const MOVES = {
    ArrowLeft: ['left', 'character'],
    ArrowRight: ['right', 'character'],
    ArrowUp: ['backward', 'line'],
    ArrowDown: ['forward', 'line'],
    Home: ['backward', 'lineboundary'],
    End: ['forward', 'lineboundary'],
};

/** Puts a caret at the start of the first paragraph in view when the selection is not in the body yet. */
function ensureCaret(body, selection) {
    if (selection.rangeCount > 0 && body.contains(selection.getRangeAt(0).startContainer)) {
        return;
    }
    const paragraphs = [...body.querySelectorAll('p[data-start]')];
    const first = paragraphs.find(p => p.getBoundingClientRect().bottom > 0) || paragraphs[0];
    if (first) {
        selection.collapse(first, 0);
    }
}

/**
 * Wires the keys on the body. onCommit() runs on Enter with a selection (open the form with focus);
 * onShortcut(event) gets other keys first (label shortcuts while the popover is open) and returns true
 * when it used them.
 */
export function wireKeyboard(body, { onCommit, onShortcut }) {
    body.tabIndex = 0;
    body.setAttribute('aria-describedby', 'annotate-keyboard-help');
    const help = document.createElement('p');
    help.id = 'annotate-keyboard-help';
    help.className = 'visually-hidden';
    help.dataset.offsetIgnore = '';
    help.textContent = 'استعمل Shift مع الأسهم لتحديد نص، ثم Enter لإضافة تعليق.';
    body.after(help);

    body.addEventListener('keydown', event => {
        const selection = document.getSelection();
        const move = MOVES[event.key];
        if (move && event.shiftKey && !event.altKey && !event.metaKey) {
            event.preventDefault();
            ensureCaret(body, selection);
            const granularity = event.ctrlKey && move[1] === 'character' ? 'word' : move[1];
            selection.modify('extend', move[0], granularity);
            selection.focusNode?.parentElement?.scrollIntoView({ block: 'nearest' });
            return;
        }
        if (event.key === 'Enter' && !selection.isCollapsed) {
            event.preventDefault();
            onCommit();
            return;
        }
        if (onShortcut(event)) {
            event.preventDefault();
        }
    });
}

/**
 * Wires the pointer. onRelease(x, y) runs when a press on the body ends (the selection is final then);
 * onSettled() when a selection stops changing without a release on the body (touch handles, scripts).
 * A press outside the popover closes it, and so does Escape anywhere.
 */
export function wirePointer(body, popover, { onRelease, onSettled }) {
    let pointerDown = false;
    let timer = 0;
    body.addEventListener('pointerdown', () => { pointerDown = true; });
    // A long press that turns into a touch selection cancels the pointer instead of releasing it.
    document.addEventListener('pointercancel', () => { pointerDown = false; });
    document.addEventListener('pointerdown', event => {
        if (popover.isOpen && !popover.root.contains(event.target)) {
            popover.close();
        }
    });
    document.addEventListener('pointerup', event => {
        if (pointerDown) {
            pointerDown = false;
            // The selection is final only after the browser has handled the release.
            setTimeout(() => onRelease(event.clientX, event.clientY), 0);
        }
    });
    document.addEventListener('selectionchange', () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            if (!pointerDown && !popover.hasFocus) {
                onSettled();
            }
        }, 250);
    });
    document.addEventListener('keydown', event => {
        if (event.key === 'Escape' && popover.isOpen) {
            popover.close();
        }
    });
}
