#!/bin/sh
# Instructions per run of each operation on the page, counted by callgrind:
# each operation runs once and 101 times, and the difference over 100 is
# what one run costs (setup and process start cancel out).
set -eu
cd "$(dirname "$0")/.."
bin=$(cargo bench -p hermetica-benches --bench instructions --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("executable") and m["target"]["name"] == "instructions":
        print(m["executable"])')
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 |
        sed -n 's/.*I *refs: *//p' | tr -d ,
}
for op in memchr_lines pulldown_cmark document entry analyze render render_to_string; do
    one=$(count "$op" 1)
    many=$(count "$op" 101)
    echo "$op $(((many - one) / 100))"
done
