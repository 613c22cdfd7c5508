#!/usr/bin/env bash
# Tags every selection set with the shipped model through the TypeScript runner
# (pipeline/entities/ner-model.ts via models/training/eval_ner.ts) and scores it with the official scorer.
#   bash models/training/eval_all.sh [MODEL_DIR]
# Sets: en-conll-dev (never trained on) and the held-aside last 15% of de-germeval-dev, of every
# wikineural-<lang>-dev and of es-conll02-dev, nl-conll02-dev, ru-factru-dev (gold slices written by prepare.py
# to models/training/.work/gold/). ru-factru has no MISC: read its F1_without_MISC column.
# Output: per-set tables on stdout, summary in models/training/.work/eval/summary.tsv
set -euo pipefail
cd "$(dirname "$0")/../.."
W=models/training/.work
OUT=$W/eval
SCORER=${SCORER:-/work/shared/tools/score.py}
mkdir -p "$OUT"
[ -f $W/gold/en-conll-dev.conll ] || (cd models/training && /usr/bin/python3 prepare.py)
GOLDS=($W/gold/en-conll-dev.conll $W/gold/de-germeval-heldout.conll $W/gold/wikineural-*-heldout.conll
  $W/gold/es-conll02-heldout.conll $W/gold/nl-conll02-heldout.conll $W/gold/ru-factru-heldout.conll)
MODEL_ARGS=()
[ $# -ge 1 ] && MODEL_ARGS=(--model "$1")
taskset -c 0 npx tsx models/training/eval_ner.ts "${MODEL_ARGS[@]}" "$OUT" "${GOLDS[@]}" 2>&1 | tee "$OUT/node.txt" \
  || npx tsx models/training/eval_ner.ts "${MODEL_ARGS[@]}" "$OUT" "${GOLDS[@]}" 2>&1 | tee "$OUT/node.txt"
printf "set\tF1\tP\tR\tF1_without_MISC\n" > "$OUT/summary.tsv"
for g in "${GOLDS[@]}"; do
  n=$(basename "$g" .conll)
  echo "== $n"
  python3 "$SCORER" ner "$g" "$OUT/$n.pred.conll" --table > "$OUT/$n.score.json" 2> "$OUT/$n.table.txt"
  head -9 "$OUT/$n.table.txt" | tail -7
  python3 -c "import json,sys; r=json.load(open(sys.argv[1])); o=r['overall']; m=r['overall_without_misc']; print(f\"{sys.argv[2]}\t{o['f1']:.4f}\t{o['precision']:.4f}\t{o['recall']:.4f}\t{m['f1']:.4f}\")" "$OUT/$n.score.json" "$n" >> "$OUT/summary.tsv"
done
echo
column -t "$OUT/summary.tsv"
