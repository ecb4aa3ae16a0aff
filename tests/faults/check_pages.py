"""Asks for decision pages (four at a time) again and again while an import runs, until STOP exists, and checks that
each page shown is whole: its three attendance lists are there and each holds as many names as
its heading says. A page read half from one version and half from the next (or from a decision
whose lists are not stored yet) breaks that. A 404 is a decision not imported yet.
Usage: check_pages.py BASE_URL NUMBERS_FILE STOP_FILE   (prints one summary line; exit 1 if torn)"""
import os
import random
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

base, numbers_file, stop = sys.argv[1:4]
numbers = [n.strip() for n in open(numbers_file, encoding="utf-8") if n.strip()]
LISTS = ("presents", "excuses", "non-excuses")
counts = {"whole": 0, "absent": 0, "torn": 0, "other": 0}
torn = []


def check(html):
    if "listes de présence n'ont pas pu être lues" in html:
        return "no attendance lists"
    for key in LISTS:
        heading = re.search(r'<h3 id="%s">[^<(]*\(([^)]*)\)</h3>' % key, html)
        if not heading:
            return "no heading " + key
        expected = int(re.sub(r"\D", "", heading.group(1)))
        listed = re.search(r'<ul class="name-list" aria-labelledby="%s">(.*?)</ul>' % key, html, re.S)
        found = listed.group(1).count("<li>") if listed else 0
        if found != expected:
            return f"{key}: heading says {expected}, list holds {found}"
    return None


lock = threading.Lock()


def note(kind, detail=None):
    with lock:
        counts[kind] += 1
        if detail:
            torn.append(detail)


def worker():
    while not os.path.exists(stop):
        number = random.choice(numbers[:300] if random.random() < 0.5 else numbers)
        url = base + "/deliberations/" + urllib.parse.quote(number)
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                problem = check(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            note("absent" if error.code == 404 else "other", None if error.code == 404 else f"{number}: HTTP {error.code}")
            continue
        note("torn" if problem else "whole", f"{number}: {problem}" if problem else None)


workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("pages whole %(whole)d, not yet imported %(absent)d, torn %(torn)d, other errors %(other)d" % counts)
for line in torn[:20]:
    print("  " + line)
sys.exit(1 if counts["torn"] or counts["other"] else 0)
