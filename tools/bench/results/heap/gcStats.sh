#!/bin/bash
# gcStats.sh BENCHLOG GCTSV [STORE]: major GCs during the stream runs and during stream + per-shape + hold-up.
# BENCHLOG: the bench's output with each line prefixed by epoch milliseconds; GCTSV: one emulator's file from gcLog.mjs
log=$1; tsv=$2; store=${3:-sqlite}
a=$(grep "every lazy index" $log | sed -n "$( [ $store = sqlite ] && echo 1 || echo 2 )p" | cut -d' ' -f1)
b=$(grep "emulator, $store, 1,000,000 contacts, 50 conn." $log | cut -d' ' -f1)
c=$(grep "others' p99" $log | sed -n "$( [ $store = sqlite ] && echo 1 || echo 2 )p" | cut -d' ' -f1)
for w in "stream(10+50 conn, and its 2 s warm-up):$a:$b" "stream+shapes+hold-up:$a:$c"; do
  IFS=: read name from to <<< "$w"
  awk -F'\t' -v a=$from -v b=$to -v n="$name" '$2>=a && $2<=b {if($1=="major"){m++; ms+=$3; if($3>mx)mx=$3} else if($1=="minor"){s++; ss+=$3; if($3>sx)sx=$3}} END{printf "%s (%.0f s): major %d, total %.0f ms, longest %.0f ms; scavenges %d, longest %.0f ms\n", n, (b-a)/1000, m, ms, mx, s, sx}' $tsv
done
