#!/usr/bin/env python3
"""Reproducible sample of SaudiNewsNet articles for dev golds.

Every article of every zip gets the key sha256("<seed>:<zip>!/<entry>#<index>"); the N articles with the smallest
keys among those that pass the filters are written as JSON Lines (the corpus's own fields, plus "sample_key" naming
where the article came from), in key order. Same corpus + same arguments = same sample, on any machine.

  scripts/sample-articles.py --corpus ../shared/data/saudinewsnet --seed news-entities-1 --n 60 > sample.jsonl
  scripts/sample-articles.py ... --include 'اعتقال|القبض' --exclude 'مباراة'   # Python regexes on title + content
  scripts/sample-articles.py ... --min-chars 3000   # only content over 3,000 characters (--max-chars: at most)
Articles with no content, a URL already taken, or content already taken are skipped.
"""
import argparse, hashlib, json, re, sys, zipfile
from pathlib import Path


def articles(corpus):
    for z in sorted(Path(corpus).glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for entry in sorted(zf.namelist()):
                if not entry.endswith(".json"):
                    continue
                for i, a in enumerate(json.loads(zf.read(entry).decode("utf-8"))):
                    yield f"{z.name}!/{entry}#{i}", a


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", required=True)
    p.add_argument("--seed", required=True)
    p.add_argument("--n", type=int, required=True)
    p.add_argument("--include", help="keep only articles whose title+content match this regex")
    p.add_argument("--exclude", help="drop articles whose title+content match this regex")
    p.add_argument("--max-chars", type=int, default=0, help="drop articles whose content is longer (0 = no limit)")
    p.add_argument("--min-chars", type=int, default=0,
                   help="keep only articles whose content is longer than this (0 = no limit)")
    a = p.parse_args()
    inc = re.compile(a.include) if a.include else None
    exc = re.compile(a.exclude) if a.exclude else None
    keyed = []
    for where, art in articles(a.corpus):
        text = (art.get("title") or "") + "\n" + (art.get("content") or "")
        if not (art.get("content") or "").strip():
            continue
        if inc and not inc.search(text) or exc and exc.search(text):
            continue
        if a.max_chars and len(art.get("content") or "") > a.max_chars:
            continue
        if a.min_chars and len(art.get("content") or "") <= a.min_chars:
            continue
        keyed.append((hashlib.sha256(f"{a.seed}:{where}".encode()).hexdigest(), where, art))
    keyed.sort(key=lambda k: k[0])
    urls, contents, out = set(), set(), []
    for _, where, art in keyed:
        if len(out) == a.n:
            break
        c = art.get("content").strip()
        if art.get("url") in urls or c in contents:
            continue
        urls.add(art.get("url")); contents.add(c)
        out.append(dict(art, sample_key=where))
    for art in out:
        sys.stdout.write(json.dumps(art, ensure_ascii=False) + "\n")
    print(f"sampled {len(out)} of {len(keyed)} matching articles", file=sys.stderr)


if __name__ == "__main__":
    main()
