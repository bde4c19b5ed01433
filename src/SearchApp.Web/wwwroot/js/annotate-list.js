// The side list of an article's annotations in reading order, with the detached ones in their own
// section. User text goes into the DOM only through textContent, never as HTML, so a comment such as
// "<img onerror=...>" shows as the characters typed.

import { labelName } from './annotate-api.js';

function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
        node.className = className;
    }
    if (text !== undefined) {
        node.textContent = text;
    }
    return node;
}

/**
 * One annotation as a list item (the same markup as Pages/Articles/_AnnotationItem.cshtml).
 * actions: { edit, remove } callbacks, shown as buttons when given.
 */
export function itemNode(a, actions = {}) {
    const li = element('li', 'annotation-item');
    li.dataset.annotationId = a.id;
    li.dataset.anchor = a.status;
    const quote = element('blockquote', 'annotation-quote', a.exact);
    quote.dir = 'auto';
    li.append(quote);

    const meta = element('p', 'annotation-meta');
    if (a.label) {
        meta.append(element('span', 'annotation-label label-' + a.label.toLowerCase(), labelName(a.label)), ' ');
    }
    const author = element('span', 'annotation-author', '— ');
    author.append(element('bdi', null, a.author));
    meta.append(author);
    li.append(meta);

    if (a.tags.length > 0) {
        const tags = element('ul', 'annotation-tags');
        tags.setAttribute('aria-label', 'الوسوم');
        for (const tag of a.tags) {
            const t = element('li', null, tag);
            t.dir = 'auto';
            tags.append(t);
        }
        li.append(tags);
    }
    for (const comment of a.comments) {
        const p = element('p', 'annotation-comment', comment);
        p.dir = 'auto';
        li.append(p);
    }

    if (actions.edit || actions.remove) {
        const bar = element('div', 'annotation-actions');
        if (actions.edit) {
            const edit = element('button', 'link-button annotation-edit', 'تعديل');
            edit.type = 'button';
            edit.addEventListener('click', event => {
                event.stopPropagation();
                actions.edit(a);
            });
            bar.append(edit);
        }
        if (actions.remove) {
            const remove = element('button', 'link-button annotation-delete', 'حذف');
            remove.type = 'button';
            remove.addEventListener('click', event => {
                event.stopPropagation();
                actions.remove(a, remove);
            });
            bar.append(remove);
        }
        li.append(bar);
    }
    return li;
}

export class AnnotationList {
    constructor(panel, { onSelect, actionsFor }) {
        this.list = panel.querySelector('#annotation-list');
        this.detachedSection = panel.querySelector('#annotations-detached');
        this.detachedList = panel.querySelector('#detached-list');
        this.count = panel.querySelector('#annotation-count');
        this.empty = panel.querySelector('#annotations-empty');
        this.onSelect = onSelect;
        this.actionsFor = actionsFor;
    }

    render(annotations, selectedId) {
        const anchored = annotations.filter(a => a.status !== 'detached').sort((x, y) => x.start - y.start || x.end - y.end);
        const detached = annotations.filter(a => a.status === 'detached');
        this.list.replaceChildren(...anchored.map(a => this.entry(a, selectedId, true)));
        this.detachedList.replaceChildren(...detached.map(a => this.entry(a, selectedId, false)));
        this.detachedSection.hidden = detached.length === 0;
        this.empty.hidden = annotations.length > 0;
        this.count.textContent = String(annotations.length);
    }

    entry(a, selectedId, selectable) {
        const li = itemNode(a, this.actionsFor(a));
        if (selectable) {
            // Items are reachable by keyboard; Enter or a click shows the passage in the article.
            li.tabIndex = 0;
            li.addEventListener('click', () => this.onSelect(a));
            li.addEventListener('keydown', event => {
                if (event.key === 'Enter' && event.target === li) {
                    this.onSelect(a);
                }
            });
        }
        if (a.id === selectedId) {
            li.classList.add('is-selected');
            li.setAttribute('aria-current', 'true');
        }
        return li;
    }
}
