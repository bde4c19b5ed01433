// Inline annotation on the article page: select a passage (mouse, touch, or Shift+arrows), label it,
// tag it, comment on it; see the article's annotations as highlights and in the side list; edit or delete
// your own. The page works without this script (the list is rendered on the server); this adds to it.

import { TextMap } from './annotate-anchoring.js';
import { Highlighter, overlaps } from './annotate-highlights.js';
import { api, ApiError, parseTags, toAnnotation, toView } from './annotate-api.js';
import { AnnotationList, itemNode } from './annotate-list.js';
import { Popover } from './annotate-popover.js';
import { wireKeyboard, wirePointer } from './annotate-input.js';

const article = document.querySelector('article[data-article-id]');
const body = document.getElementById('article-body');
const panel = document.getElementById('annotations-panel');
if (article && body && panel) {
    start();
}

function explain(error) {
    if (!(error instanceof ApiError)) {
        return error.message || 'تعذّر الاتصال بالخادم؛ حاول مرة أخرى.';
    }
    switch (error.status) {
        case 401: return 'انتهت جلستك؛ سجّل الدخول من جديد.';
        case 403: return 'لا يمكنك تغيير تعليق كتبه غيرك.';
        case 404: return 'لم يعد هذا التعليق موجودًا.';
        default: return 'لم يُحفظ: ' + error.message;
    }
}

/** The rectangle a popover sits next to: the last line of a passage, where a drag usually ends. */
function lastRect(range) {
    const rects = range.getClientRects();
    return rects.length > 0 ? rects[rects.length - 1] : range.getBoundingClientRect();
}

function start() {
    const me = { name: article.dataset.user || '', role: article.dataset.role || '', canWrite: article.dataset.canWrite === 'true' };
    const source = article.dataset.articleIri;
    const map = new TextMap(body);
    const highlighter = new Highlighter(body, map);
    const status = document.getElementById('annotate-status');
    const state = { annotations: [], selectedId: null, pending: null, text: map.bodyText(), stale: false, suggestions: false };
    const say = message => { status.textContent = message; };
    const anchored = () => state.annotations.filter(a => a.status !== 'detached');
    const mayChange = a => me.canWrite && (me.role === 'admin' || a.author.toLowerCase() === me.name.toLowerCase());
    const samePassage = (a, b) => a && b && a.start === b.start && a.end === b.end;

    const popover = new Popover({
        onClose: () => {
            state.pending = null;
            redraw();
        },
    });
    const list = new AnnotationList(panel, { onSelect: select, actionsFor });

    function actionsFor(a) {
        if (!mayChange(a)) {
            return {};
        }
        // A detached annotation has no place in the text to save against; it can still be deleted.
        return { edit: a.status === 'detached' ? null : edit, remove: removeFromList };
    }

    function redraw() {
        const shown = anchored();
        const layers = { annotation: shown, 'annotation-overlap': overlaps(shown) };
        for (const label of ['PER', 'ORG', 'LOC', 'NONE']) {
            layers['annotation-' + label.toLowerCase()] = shown.filter(a => a.label === label);
        }
        layers['annotation-selected'] = shown.filter(a => a.id === state.selectedId);
        layers['annotation-pending'] = state.pending ? [state.pending] : [];
        highlighter.draw(layers);
        list.render(state.annotations, state.selectedId);
    }

    async function refresh() {
        const data = await api.article(article.dataset.articleId);
        state.annotations = data.annotations.map(toView);
        // Offsets are only right against the text this page shows; if the article changed since, say so.
        state.stale = data.body !== state.text;
        if (state.stale) {
            say('تغيّر نص المقالة منذ فتح الصفحة؛ أعد تحميلها قبل إضافة تعليقات.');
        }
        redraw();
        panel.dataset.state = 'ready';
    }

    async function write(action, done) {
        try {
            await action();
        } catch (e) {
            if (e instanceof ApiError && (e.status === 412 || e.status === 404)) {
                popover.close();
                await refresh();
                say(e.status === 412
                    ? 'غيّر أحدٌ هذا التعليق قبل حفظك؛ أعدنا تحميل التعليقات، فراجعه وأعد المحاولة.'
                    : 'لم يعد هذا التعليق موجودًا؛ أعدنا تحميل التعليقات.');
                return;
            }
            throw new Error(explain(e));
        }
        popover.close();
        document.getSelection().removeAllRanges();
        state.suggestions = false;
        await refresh();
        say(done);
    }

    function save(existing, target, values) {
        const tags = parseTags(values.tags);
        if (!values.label && tags.length === 0 && !values.comment.trim()) {
            return Promise.reject(new Error('اختر نوعًا أو أضف وسمًا أو تعليقًا قبل الحفظ.'));
        }
        const annotation = toAnnotation(source, target, { label: values.label, tags, comment: values.comment });
        return existing
            ? write(() => api.update(existing.id, existing.version, annotation), 'حُفظ التعديل.')
            : write(() => api.create(annotation), 'حُفظ التعليق.');
    }

    function loadSuggestions() {
        if (!state.suggestions) {
            state.suggestions = true;
            api.tags().then(tags => popover.setSuggestions(tags.map(t => t.tag))).catch(() => { state.suggestions = false; });
        }
    }

    /** Opens the form (or a sign-in hint) for the current selection; false when nothing in the body is selected. */
    function openForSelection(focus) {
        const target = map.selectionTarget(document.getSelection());
        if (!target) {
            return false;
        }
        if (popover.isOpen && samePassage(state.pending, target)) {
            if (focus) {
                popover.focus();
            }
            return true;
        }
        state.pending = target;
        state.selectedId = null;
        redraw();
        const rect = lastRect(map.rangeFor(target.start, target.end));
        if (!me.canWrite || state.stale) {
            const text = state.stale ? 'تغيّر نص المقالة؛ أعد تحميل الصفحة لتضيف تعليقًا.'
                : me.name ? 'حسابك للقراءة فقط؛ لا يمكنه إضافة تعليقات.' : 'لتضيف تعليقًا على هذا النص';
            const link = me.name || state.stale ? null : { href: '/login?returnUrl=' + encodeURIComponent(location.pathname), text: 'سجّل الدخول' };
            popover.showHint(text, link, rect, { focus });
            return true;
        }
        popover.showForm({
            title: 'تعليق جديد على',
            exact: target.exact,
            values: { label: '', tags: [], comment: '' },
            rect,
            focus,
            onSave: values => save(null, target, values),
        });
        loadSuggestions();
        return true;
    }

    function edit(a) {
        const range = select(a);
        popover.showForm({
            title: 'تعديل التعليق على',
            exact: a.exact,
            values: { label: a.label || '', tags: a.tags, comment: a.comments.join('\n\n') },
            rect: lastRect(range),
            focus: true,
            onSave: values => save(a, TextMap.target(state.text, a.start, a.end), values),
            onDelete: () => write(() => api.remove(a.id, a.version), 'حُذف التعليق.'),
        });
        loadSuggestions();
    }

    async function removeFromList(a, button) {
        if (button.dataset.confirm !== 'yes') {
            button.dataset.confirm = 'yes';
            button.textContent = 'تأكيد الحذف';
            return;
        }
        try {
            await write(() => api.remove(a.id, a.version), 'حُذف التعليق.');
        } catch (e) {
            say(e.message);
        }
    }

    /** Marks an annotation's passage as selected and brings it into view; returns its range. */
    function select(a) {
        state.selectedId = a.id;
        redraw();
        const range = map.rangeFor(a.start, a.end);
        const rect = range.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > window.innerHeight) {
            window.scrollBy({ top: rect.top - window.innerHeight / 3 });
        }
        return range;
    }

    /** A click on the text: the annotations covering that character, if any. */
    function showAt(x, y) {
        const offset = map.offsetAtPoint(x, y);
        const hits = offset === null ? [] : anchored().filter(a => a.start <= offset && offset <= a.end);
        if (hits.length === 0) {
            if (state.selectedId) {
                state.selectedId = null;
                redraw();
            }
            return;
        }
        state.selectedId = hits[0].id;
        redraw();
        popover.showView(hits.map(a => itemNode(a, actionsFor(a))), { top: y, bottom: y + 4, left: x, right: x });
    }

    wirePointer(body, popover, {
        onRelease: (x, y) => openForSelection(true) || showAt(x, y),
        onSettled: () => openForSelection(false),
    });
    wireKeyboard(body, {
        onCommit: () => openForSelection(true),
        onShortcut: event => {
            if (popover.isOpen && event.key === 'Escape') {
                popover.close();
                return true;
            }
            return popover.isOpen && popover.shortcut(event);
        },
    });

    panel.dataset.state = 'loading';
    refresh().catch(() => {
        panel.dataset.state = 'error';
        say('تعذّر تحميل التعليقات؛ أعد تحميل الصفحة.');
    });
}
