#!/usr/bin/env python3
"""Draws the SaudiNewsNet articles of the world parts (eval/ner/articles.tsv, sets `world` to `world5`).

The aim was news that resembles ANERcorp (world politics, culture, sport abroad) and is rich in names,
chosen from train.conll only (test.conll is never read):
  * the article's first 220 word tokens, proclitic-stripped and normalised, scored by the mean log ratio
    of their frequency in train.conll against the whole SaudiNewsNet corpus (add-0.5 smoothing);
  * per outlet, only articles of at least 150 tokens whose count of distinct "ANERcorp name words"
    (words tagged PER/LOC/ORG in at least half of their train.conll occurrences, at least twice, less
    ten Saudi staples) is at or above the outlet's 80th percentile;
  * batch 1: 4 per outlet from its 20 best (seed 20261203); an extra 8 from the leftovers, one per
    outlet in a shuffled outlet order (seed 20261204; one near-duplicate wire story dropped by hand);
    batch 2: 4 per outlet from its 30 best not yet drawn (seed 20261205). Batches 1 and 2 are `world`.
  * each later part, drawn after the model before it was fixed: two waves of 4 per outlet from its n
    best not yet drawn: world2 n = 50, world3 80, world4 120, world5 160 (seeds in `waves` below).
An article that shares more than 15 % of its 6-grams with an evaluation part (dev, dev6, holdout) was
dropped by hand after the draw: one in world4 (snn-almadina-9abf63d2f223).
Excluded: every earlier evaluation or training part, the bundled sample and the seed article.
Usage: python3 eval/ner/tools/select_world.py  (from the repository root, with ../shared beside it)
"""
import collections, gzip, json, math, random, re

SHARED = '../shared'
used = set()
for line in open('eval/ner/articles.tsv', encoding='utf-8').read().split('\n')[1:]:
    if line.strip() and not line.split('\t')[0].startswith('world'):
        used.add(line.split('\t')[2])
for f in ['index-data/sample/saudinewsnet-sample.jsonl', 'index-data/sample/seed-article.jsonl']:
    for line in open(f, encoding='utf-8'):
        if line.strip():
            used.add(json.loads(line)['id'])

def norm(w):
    w = re.sub('[\u064B-\u0652\u0640]', '', w)
    w = re.sub('[أإآ]', 'ا', w)
    return w.replace('ى', 'ي').replace('ة', 'ه')

def strip(w):
    w = norm(w)
    for p in ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف']:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w

A = collections.Counter(); names = collections.Counter()
for line in open(f'{SHARED}/data/ner/train.conll', encoding='utf-8'):
    p = line.split()
    if len(p) >= 2 and re.match(r'\w', p[0]):
        A[strip(p[0])] += 1
    if len(p) >= 2 and p[-1][2:] in ('PER', 'LOC', 'ORG'):
        names[strip(p[0])] += 1
nameset = {w for w, c in names.items() if c >= 2 and c >= 0.5 * A[w] and len(w) >= 2}
nameset -= {strip(x) for x in 'السعودية المملكة الرياض جدة مكة المدينة الدمام سلمان عبدالعزيز الملك'.split()}

S = collections.Counter(); arts = []
with gzip.open(f'{SHARED}/data/news/saudinewsnet.jsonl.gz', 'rt', encoding='utf-8') as f:
    for line in f:
        a = json.loads(line)
        toks = [strip(t) for t in re.findall(r'\w+', a['body'])]
        S.update(toks)
        if a['id'] not in used and len(toks) >= 150:
            arts.append((a['id'], toks[:220]))
nA, nS = sum(A.values()), sum(S.values()); V = len(set(A) | set(S))
def lr(w): return math.log((A[w] + 0.5) / (nA + 0.5 * V)) - math.log((S[w] + 0.5) / (nS + 0.5 * V))

by = collections.defaultdict(list)
for i, t in arts:
    by[i.split('-')[1]].append((sum(lr(w) for w in t) / len(t), i, len({w for w in t if w in nameset})))

def best(o, n):
    hs = sorted(x[2] for x in by[o]); cut = hs[int(len(hs) * 0.8)] if len(hs) > 20 else 0
    return sorted([x for x in by[o] if x[2] >= cut], reverse=True)[:n]

rng = random.Random(20261203); batch1 = []
for o in sorted(by):
    batch1 += [x[1] for x in rng.sample(best(o, 20), 4)]
picked = set(batch1)
r2 = random.Random(20261204); extra = []; outlets = sorted(by); r2.shuffle(outlets)
for o in outlets:
    pool = [x for x in best(o, 20) if x[1] not in picked]
    if pool and len(extra) < 8:
        extra.append(r2.choice(pool)[1])
extra = [i for i in extra if i != 'snn-was-722ecaa241a5']  # the same wire story as snn-was-781854119ffb
picked |= set(extra) | {'snn-was-722ecaa241a5'}
r3 = random.Random(20261205); batch2 = []
for o in sorted(by):
    pool = [x for x in best(o, 30) if x[1] not in picked]
    batch2 += [x[1] for x in r3.sample(pool, min(4, len(pool)))]
picked |= set(batch2)
def waves(seeds, n):
    """Two waves of 4 per outlet from its n best not yet drawn, one seeded draw per wave."""
    global picked
    drawn = []
    for seed in seeds:
        r = random.Random(seed)
        for o in sorted(by):
            pool = [x for x in best(o, n) if x[1] not in picked]
            got = [x[1] for x in r.sample(pool, min(4, len(pool)))]
            drawn += got
            picked |= set(got)
    return drawn

batch3 = waves((20261206, 20261207), 50)   # world2, drawn after the eighth model
batch4 = waves((20261208, 20261209), 80)   # world3, drawn after the ninth model
batch5 = waves((20261210, 20261211), 120)  # world4, drawn after the world3 candidate
batch6 = waves((20261212, 20261213), 160)  # world5, drawn after the tenth model
for name, ids in [('batch1', batch1), ('extra', extra), ('batch2', batch2), ('batch3', batch3), ('batch4', batch4), ('batch5', batch5), ('batch6', batch6)]:
    for i in ids:
        print(name, i, sep='\t')
