#!/usr/bin/env python3
"""An external WIBKit filter: keeps the posts about votes and briefings.

wib runs it with the corpus as JSON on standard input, {"schemaVersion": 1, "posts": [...]},
and reads the corpus it writes on standard output. Anything written to standard error is
shown to the user.
"""
import json
import sys

corpus = json.load(sys.stdin)
if corpus.get("schemaVersion") != 1:
    sys.exit(f"only_votes_and_briefings.py reads schemaVersion 1, not {corpus.get('schemaVersion')}")

wanted = ("vote", "briefing")
kept = [post for post in corpus["posts"] if any(word in (post["meeting"]["format"] or "") for word in wanted)]
print(f"kept {len(kept)} of {len(corpus['posts'])} posts (votes and briefings)", file=sys.stderr)
json.dump({"schemaVersion": 1, "posts": kept}, sys.stdout)
