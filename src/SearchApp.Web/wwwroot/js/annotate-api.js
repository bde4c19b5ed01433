// The annotation API as the page uses it (see Api/AnnotationEndpoints.cs): W3C Web Annotation JSON-LD,
// ETag/If-Match versions, and the antiforgery token that cookie sessions must send with every write.

export const LABELS = [
    { value: 'PER', name: 'شخص', key: '1' },
    { value: 'ORG', name: 'منظمة', key: '2' },
    { value: 'LOC', name: 'مكان', key: '3' },
    { value: 'NONE', name: 'ليس كيانًا', key: '4' },
];

export const labelName = value => (LABELS.find(l => l.value === value) || { name: value }).name;

export class ApiError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

const token = () => document.querySelector('meta[name="request-verification-token"]')?.content;

async function send(method, url, body, version) {
    const headers = { Accept: 'application/ld+json, application/json' };
    if (body) {
        headers['Content-Type'] = 'application/ld+json';
    }
    if (method !== 'GET' && token()) {
        headers.RequestVerificationToken = token();
    }
    if (version !== undefined && version !== null) {
        headers['If-Match'] = `"${version}"`;
    }
    const response = await fetch(url, { method, headers, body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin' });
    let data = null;
    if (response.status !== 204) {
        try {
            data = await response.json();
        } catch {
            data = null;
        }
    }
    if (!response.ok) {
        throw new ApiError(response.status, (data && data.error) || response.statusText);
    }
    return data;
}

const annotationUrl = id => '/api/annotations/' + encodeURIComponent(id);

export const api = {
    article: id => send('GET', '/api/articles/' + encodeURIComponent(id)),
    tags: () => send('GET', '/api/annotations/tags'),
    create: annotation => send('POST', '/api/annotations', annotation),
    update: (id, version, annotation) => send('PUT', annotationUrl(id), annotation, version),
    remove: (id, version) => send('DELETE', annotationUrl(id), null, version),
};

/** The fields the page needs from one JSON-LD item of GET /api/articles/{id}. */
export function toView(item) {
    const bodies = Array.isArray(item.body) ? item.body : item.body ? [item.body] : [];
    const selectors = [].concat(item.target?.selector || []);
    const quote = selectors.find(s => s.type === 'TextQuoteSelector') || {};
    const label = bodies.find(b => b.purpose === 'classifying' || b.purpose === 'identifying');
    const anchor = item.anchor || { status: 'detached', start: -1, end: -1 };
    return {
        id: decodeURIComponent(String(item.id).split('/').pop()),
        version: item.version,
        author: item.creator?.name || '',
        exact: quote.exact || '',
        status: anchor.status,
        start: anchor.start,
        end: anchor.end,
        label: label ? String(label.value).toUpperCase() : null,
        tags: bodies.filter(b => b.purpose === 'tagging').map(b => b.value),
        comments: bodies.filter(b => b.purpose === 'commenting').map(b => b.value),
    };
}

/** Tags typed as free text: split on Latin or Arabic commas, trimmed, without empties or repeats. */
export function parseTags(text) {
    const seen = new Set();
    return text.split(/[,،]/u).map(t => t.trim()).filter(t => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/** A W3C Annotation for POST/PUT: the label, tags and comment as TextualBodies, both text selectors. */
export function toAnnotation(source, target, { label, tags, comment }) {
    const body = [];
    if (label) {
        body.push({ type: 'TextualBody', purpose: 'classifying', value: label, format: 'text/plain' });
    }
    for (const tag of tags) {
        body.push({ type: 'TextualBody', purpose: 'tagging', value: tag, format: 'text/plain' });
    }
    if (comment.trim()) {
        body.push({ type: 'TextualBody', purpose: 'commenting', value: comment.trim(), format: 'text/plain' });
    }
    return {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        body,
        target: {
            source,
            selector: [
                { type: 'TextPositionSelector', start: target.start, end: target.end },
                { type: 'TextQuoteSelector', exact: target.exact, prefix: target.prefix || '', suffix: target.suffix || '' },
            ],
        },
    };
}
