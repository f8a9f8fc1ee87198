"""Helper for the annotator: list numbers in each document that no gold quote covers (to review by hand)."""
import json, pathlib, re, sys
D = pathlib.Path(__file__).resolve().parent / "docs"
g = [json.loads(l) for l in open(pathlib.Path(__file__).resolve().parent / "gold.jsonl", encoding="utf-8")]
WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|third|quarter|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|cent|mille|moitié|tiers|quart|premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|dixième|double|doubled|triple|dix-huit|dozen|dozens"
for doc in sorted({r["doc"] for r in g if r["record"] == "document"}):
    if len(sys.argv) > 1 and not any(a in doc for a in sys.argv[1:]):
        continue
    t = (D / doc).read_text(encoding="utf-8")
    spans = [(r["start"], r["end"]) for r in g if r["record"] == "fact" and r["doc"] == doc]
    print("==", doc)
    for m in re.finditer(r"\d[\d,.\u00a0\u202f ]*\d|\d|\b(?:%s)\b" % WORDS, t, re.I):
        if not any(s <= m.start() < e for s, e in spans):
            ctx = t[max(0, m.start() - 40):m.end() + 30].replace("\n", " ")
            print(f"  {m.group()!r:14} ...{ctx}...")
