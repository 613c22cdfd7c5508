#!/usr/bin/env bash
# Model alone vs the merged mention list (model + gazetteers + rules) on the selection slices; F1 per set
# (factRuEval: without MISC). See eval_merged.ts.   bash models/training/eval_merged.sh [MODEL_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
W=models/training/.work
OUT=$W/merged
SCORER=${SCORER:-/work/shared/tools/score.py}
GOLDS=($W/gold/en-conll-dev.conll $W/gold/de-germeval-heldout.conll $W/gold/wikineural-*-heldout.conll
  $W/gold/es-conll02-heldout.conll $W/gold/nl-conll02-heldout.conll $W/gold/ru-factru-heldout.conll)
MODEL_ARGS=()
[ $# -ge 1 ] && MODEL_ARGS=(--model "$1")
npx tsx models/training/eval_merged.ts "${MODEL_ARGS[@]}" "$OUT" "${GOLDS[@]}"
printf "set\tmodel\tmerged\n" > "$OUT/summary.tsv"
for g in "${GOLDS[@]}"; do
  n=$(basename "$g" .conll)
  key=overall; case $n in ru-factru*) key=overall_without_misc;; esac
  row=$n
  for v in model merged; do
    f=$(python3 "$SCORER" ner "$g" "$OUT/$n.$v.conll" | python3 -c "import json,sys; print(f\"{json.load(sys.stdin)['$key']['f1']:.4f}\")")
    row="$row\t$f"
  done
  printf "$row\n" >> "$OUT/summary.tsv"
done
column -t "$OUT/summary.tsv"
