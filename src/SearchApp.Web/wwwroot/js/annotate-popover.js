// The small dialog next to a selection or a clicked highlight: a form to label, tag and comment a passage,
// the annotations under a click, or a hint to sign in. Non-modal; Escape closes it and gives focus back.

import { LABELS } from './annotate-api.js';

const TEXT_FIELDS = 'input[type="text"], textarea';

function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
        if (key === 'className' || key === 'textContent' || key === 'type' || key === 'id' || key === 'hidden') {
            node[key] = value;
        } else {
            node.setAttribute(key, value);
        }
    }
    node.append(...children);
    return node;
}

const shorten = text => (text.length > 60 ? text.slice(0, 57) + '…' : text);

export class Popover {
    constructor({ onClose }) {
        this.onClose = onClose;
        this.root = el('div', { className: 'annotate-popover', role: 'dialog', 'aria-labelledby': 'annotate-popover-title', hidden: true, tabindex: '-1' });
        this.root.addEventListener('keydown', event => this.onKeyDown(event));
        this.suggestions = el('datalist', { id: 'annotation-tag-suggestions' });
        document.body.append(this.root, this.suggestions);
    }

    get isOpen() {
        return !this.root.hidden;
    }

    get hasFocus() {
        return this.root.contains(document.activeElement);
    }

    setSuggestions(tags) {
        this.suggestions.replaceChildren(...tags.map(t => el('option', { value: t })));
    }

    open(children, rect, { focus = true } = {}) {
        // Going from one view of the popover to another keeps the place focus came from.
        if (!this.root.contains(document.activeElement)) {
            this.returnFocus = document.activeElement;
        }
        this.root.replaceChildren(...children);
        this.root.hidden = false;
        this.place(rect);
        if (focus) {
            this.focus();
        }
    }

    focus() {
        const first = this.root.querySelector('input[name="label"]:checked') || this.root.querySelector('input, textarea, button, a[href]') || this.root;
        first.focus();
    }

    /** Below the passage (above it when there is no room), kept inside the viewport. */
    place(rect) {
        const margin = 8;
        const box = this.root.getBoundingClientRect();
        const below = rect.bottom + margin + box.height <= window.innerHeight || rect.top < box.height + margin;
        const top = below ? rect.bottom + margin : rect.top - box.height - margin;
        const right = Math.min(Math.max(rect.right, box.width + margin), window.innerWidth - margin);
        this.root.style.top = (top + window.scrollY) + 'px';
        this.root.style.left = (right - box.width + window.scrollX) + 'px';
    }

    close() {
        if (!this.isOpen) {
            return;
        }
        const hadFocus = this.hasFocus;
        this.root.hidden = true;
        this.root.replaceChildren();
        if (hadFocus && this.returnFocus && this.returnFocus.isConnected) {
            this.returnFocus.focus();
        }
        this.onClose();
    }

    onKeyDown(event) {
        if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            this.close();
        } else if (!event.target.matches(TEXT_FIELDS) && this.shortcut(event)) {
            event.preventDefault();
            event.stopPropagation();
        }
    }

    /** Label keys while the form is open: 1 PER, 2 ORG, 3 LOC, 4 not an entity, 0 no label. */
    shortcut(event) {
        if (event.ctrlKey || event.altKey || event.metaKey) {
            return false;
        }
        const radio = this.root.querySelector(`input[name="label"][data-key="${CSS.escape(event.key)}"]`);
        if (!radio) {
            return false;
        }
        radio.checked = true;
        if (this.hasFocus) {
            radio.focus();
        }
        return true;
    }

    setError(message) {
        const error = this.root.querySelector('.popover-error');
        if (error) {
            error.textContent = message;
            error.hidden = !message;
        }
    }

    /** The label / tags / comment form. values: { label, tags, comment }; onSave(values) and onDelete() return promises. */
    showForm({ title, exact, values, rect, focus, onSave, onDelete }) {
        const choices = el('fieldset', { className: 'label-choices' }, el('legend', { textContent: 'نوع الكيان' }));
        for (const option of [{ value: '', name: 'بلا نوع', key: '0' }, ...LABELS]) {
            const id = 'annotate-label-' + (option.value || 'none-set');
            const radio = el('input', { type: 'radio', id, name: 'label', value: option.value, 'data-key': option.key });
            radio.checked = (values.label || '') === option.value;
            choices.append(el('label', { for: id, className: 'label-choice label-' + (option.value || 'unset').toLowerCase() },
                radio, ' ' + option.name + ' ', el('kbd', { textContent: option.key })));
        }
        const tags = el('input', { type: 'text', id: 'annotate-tags', name: 'tags', list: 'annotation-tag-suggestions', dir: 'auto', autocomplete: 'off', maxlength: '1000' });
        tags.value = values.tags.join('، ');
        const comment = el('textarea', { id: 'annotate-comment', name: 'comment', dir: 'auto', rows: '3', maxlength: '10000' });
        comment.value = values.comment;
        const error = el('p', { className: 'popover-error', role: 'alert', hidden: true });
        const save = el('button', { type: 'submit', className: 'annotate-save', textContent: 'حفظ' });
        const cancel = el('button', { type: 'button', className: 'secondary', textContent: 'إلغاء' });
        cancel.addEventListener('click', () => this.close());
        const buttons = el('div', { className: 'popover-buttons' }, save, cancel);
        if (onDelete) {
            buttons.append(this.deleteButton(onDelete));
        }
        const form = el('form', { className: 'annotate-form', novalidate: '' }, choices,
            el('label', { for: 'annotate-tags', textContent: 'وسوم (افصل بينها بفاصلة)' }), tags,
            el('label', { for: 'annotate-comment', textContent: 'تعليق' }), comment, error, buttons);
        form.addEventListener('submit', async event => {
            event.preventDefault();
            save.disabled = true;
            this.setError('');
            try {
                await onSave({ label: form.elements.label.value, tags: tags.value, comment: comment.value });
            } catch (e) {
                this.setError(e.message);
            } finally {
                save.disabled = false;
            }
        });
        const heading = el('h2', { id: 'annotate-popover-title', textContent: title + ' ' });
        heading.append(el('q', { dir: 'auto', textContent: shorten(exact) }));
        const help = el('p', { className: 'popover-help', textContent: 'اختصارات: 1 شخص، 2 منظمة، 3 مكان، 4 ليس كيانًا، 0 بلا نوع، Esc للإغلاق.' });
        this.open([heading, form, help], rect, { focus });
    }

    /** A delete button that asks once more before it deletes. */
    deleteButton(onDelete) {
        const button = el('button', { type: 'button', className: 'danger annotate-delete', textContent: 'حذف' });
        button.addEventListener('click', async () => {
            if (button.dataset.confirm !== 'yes') {
                button.dataset.confirm = 'yes';
                button.textContent = 'تأكيد الحذف';
                return;
            }
            button.disabled = true;
            try {
                await onDelete();
            } catch (e) {
                this.setError(e.message);
                button.disabled = false;
            }
        });
        return button;
    }

    /** The annotations under a click, as list items (built by the caller, with their buttons). */
    showView(items, rect) {
        const heading = el('h2', { id: 'annotate-popover-title', textContent: items.length === 1 ? 'تعليق على هذا النص' : `${items.length} تعليقات على هذا النص` });
        const close = el('button', { type: 'button', className: 'secondary popover-close', textContent: 'إغلاق' });
        close.addEventListener('click', () => this.close());
        const error = el('p', { className: 'popover-error', role: 'alert', hidden: true });
        this.open([heading, el('ul', { className: 'annotation-list popover-items' }, ...items), error, close], rect);
    }

    /** A message instead of the form (signed out, or a read-only account), with an optional link. */
    showHint(text, link, rect, { focus = false } = {}) {
        const p = el('p', { id: 'annotate-popover-title', className: 'popover-hint', textContent: text + ' ' });
        if (link) {
            p.append(el('a', { href: link.href, textContent: link.text }));
        }
        this.open([p], rect, { focus });
    }
}
