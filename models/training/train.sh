#!/usr/bin/env bash
# Reproduces the shipped NER model end to end on CPU (one thread, ~2 h on a shared 2-core box):
#   bash models/training/train.sh
# Resumable: every step skips finished work; re-running after an interruption resumes training from
# models/training/.work/multi/last.pt. Needs Debian's python3-torch, python3-onnx, python3-gensim,
# python3-numpy (/usr/bin/python3) and the repo's node_modules (for the TypeScript evaluation).
# Set COMPARE=1 to also rerun the 15-minute English-only comparison run reported in the model card.
set -euo pipefail
cd "$(dirname "$0")"
VERSION=${VERSION:-ner-bilstm-crf-2026.11.1}
MINUTES=${MINUTES:-100}
PY=/usr/bin/python3
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
nice -n 10 $PY prepare.py                                   # splits, gold slices, word2vec, vocab
nice -n 10 $PY train.py --run multi --minutes "$MINUTES"    # resumes from .work/multi/last.pt
if [ "${COMPARE:-0}" = 1 ]; then
  nice -n 10 $PY train.py --run en-only --langs en \
    --sets en-conll-train,wikineural-en-dev,wikiann-en-train --minutes 15 --eval-every 5
fi
nice -n 10 $PY export.py --run multi --ckpt best.pt --version "$VERSION"
bash eval_all.sh
