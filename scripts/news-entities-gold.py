#!/usr/bin/env python3
"""Turns the hand-written annotations of the news-entities gold into mentions with offsets.

  scripts/news-entities-gold.py --bodies BODIES.jsonl [--review]      # writes mentions.jsonl beside annotations.txt

BODIES.jsonl has one {"url", "body"} per article: the cleaned `articles.body` of a Rasd run on the gold's
articles.jsonl (scripts/news-entities-bodies.sh makes it). annotations.txt (see the gold's README) has one block per
article, `# url URL`, then one line per distinct name: TYPE<TAB>text<TAB>key[<TAB>only=1,3 | skip=2]. Every
occurrence of the text in the body is a mention (a proclitic chain و/ف + ب/ل/ك may precede it, a letter may not
follow it); longer names are placed first (then lines in file order) and never overlapped by a later line; only=/skip=
keep or drop matches by their 1-based index among the matches no earlier line took. --review prints every mention with its context, to check each one by eye.
"""
import argparse, json, re, sys, unicodedata
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "pipeline/src/test/resources/gold/news-entities"
TYPES = {"PERSON", "ORGANIZATION", "LOCATION"}
PROCLITICS = re.compile(r"(?:^|[^\w])[وف]?[بلك]?$")


def letter(ch):
    return ch.isalpha() or unicodedata.category(ch) == "Mn"


def blocks(path):
    url, rows = None, []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") and not line.startswith("# url "):
            continue
        if line.startswith("# url "):
            if url:
                yield url, rows
            url, rows = line[6:].strip(), []
            continue
        cols = line.split("\t")
        if len(cols) < 3 or cols[0] not in TYPES:
            sys.exit(f"annotations.txt:{n}: expected TYPE<TAB>text<TAB>key[<TAB>only=|skip=]: {line!r}")
        rows.append((n, cols))
    if url:
        yield url, rows


def matches(body, text):
    out, i = [], body.find(text)
    while i >= 0:
        end = i + len(text)
        if PROCLITICS.search(body[max(0, i - 3):i]) and not (end < len(body) and letter(body[end])):
            out.append(i)
        i = body.find(text, i + 1)
    return out


def occurrence(body, text, start):
    """Index of this span among all plain occurrences of its text: how the scorer re-locates it."""
    n, i = 0, body.find(text)
    while i != start:
        n, i = n + 1, body.find(text, i + 1)
    return n


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bodies", required=True)
    p.add_argument("--review", action="store_true")
    p.add_argument("--url", help="only this article (with --review)")
    a = p.parse_args()
    bodies = {}
    for line in open(a.bodies, encoding="utf-8"):
        r = json.loads(line)
        bodies[r["url"]] = r["body"]
    out, errors = [], 0
    for url, rows in blocks(GOLD / "annotations.txt"):
        body = bodies.get(url)
        if body is None:
            sys.exit(f"no body for {url}")
        taken, mentions = [], []
        for n, cols in sorted(rows, key=lambda r: -len(r[1][1])):
            kind, text, key = cols[0], cols[1], cols[2]
            found = [s for s in matches(body, text) if not any(s < e and s + len(text) > b for b, e in taken)]
            if len(cols) > 3 and cols[3]:
                op, idx = cols[3].split("=")
                idx = {int(x) for x in idx.split(",")}
                found = [s for k, s in enumerate(found, 1) if (k in idx) == (op == "only")]
            if not found:
                print(f"annotations.txt:{n}: {text!r} not found in {url}", file=sys.stderr)
                errors += 1
            for s in found:
                taken.append((s, s + len(text)))
                mentions.append(dict(url=url, type=kind, text=text, start=s, end=s + len(text), key=key,
                                     occurrence=occurrence(body, text, s)))
        mentions.sort(key=lambda m: m["start"])
        out += mentions
        if a.review and (not a.url or a.url == url):
            print(f"\n# {url}")
            for m in mentions:
                s, e = m["start"], m["end"]
                ctx = body[max(0, s - 25):s] + "[" + body[s:e] + "]" + body[e:e + 25]
                print(f"{m['type'][:3]} {m['key']:<28} {ctx.replace(chr(10), ' / ')}")
    for m in out:
        assert bodies[m["url"]][m["start"]:m["end"]] == m["text"]
    with open(GOLD / "mentions.jsonl", "w", encoding="utf-8") as f:
        for m in out:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"{len(out)} mentions in {len({m['url'] for m in out})} articles; {errors} errors", file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
