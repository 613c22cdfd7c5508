"""Shared helpers for the newsflow NER training recipe (data, splits, features).

Python is used for training only; the product runs the exported ONNX model from TypeScript
(pipeline/entities/ner-model.ts), which re-implements `word_key`, `casing_id` and `char_ids`
exactly as below. Keep the two in sync (config.json records the scheme).
"""
import gzip
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, ".work")
DATA = os.environ.get("NEWSFLOW_DATA", "/work/shared/data")
NER_DIR = os.path.join(DATA, "ner")
SCORER = os.path.join(DATA, "..", "tools", "score.py")

TYPES = ["PER", "ORG", "LOC", "MISC"]
LABELS = ["O"] + [f"{p}-{t}" for t in TYPES for p in ("B", "I")]
L2I = {l: i for i, l in enumerate(LABELS)}

HOLDOUT_FRACTION = 0.15  # last 15% of every dev/test-type file we train on is held aside

# name -> (file, lang, role). role: train (all sentences), split (first 85% train, last 15% held
# aside), dev (never trained on).
SOURCES = {
    "en-conll-train": ("en-conll-train", "en", "train"),
    "en-conll-dev": ("en-conll-dev", "en", "dev"),
    "de-conll03-testa": ("de-conll03-testa", "de", "split"),
    "de-conll03-testb": ("de-conll03-testb", "de", "split"),
    "de-germeval-dev": ("de-germeval-dev", "de", "split"),
    # news sets added for ner-bilstm-crf-2026.12.1 (issue 19)
    "de-conll03-train": ("de-conll03-train", "de", "train"),
    "es-conll02-train": ("es-conll02-train", "es", "train"),
    "es-conll02-dev": ("es-conll02-dev", "es", "split"),
    "nl-conll02-train": ("nl-conll02-train", "nl", "train"),
    "nl-conll02-dev": ("nl-conll02-dev", "nl", "split"),
    "ru-factru-dev": ("ru-factru-dev", "ru", "split"),  # PER/ORG/LOC only: no MISC (see NO_MISC)
}
for _l in ["de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru"]:
    SOURCES[f"wikineural-{_l}-dev"] = (f"wikineural-{_l}-dev", _l, "split")
for _l in ["de", "en", "es", "nl", "pl", "ru"]:
    SOURCES[f"wikiann-{_l}-train"] = (f"wikiann-{_l}-train", _l, "train")
    SOURCES[f"wikiann-{_l}-dev"] = (f"wikiann-{_l}-dev", _l, "dev")

# The sets reported / used for model selection (name, source, part)
EVAL_SETS = [("en-conll-dev", "en-conll-dev", "all"), ("de-germeval-heldout", "de-germeval-dev", "heldout")] + [
    (f"wikineural-{l}-heldout", f"wikineural-{l}-dev", "heldout")
    for l in ["de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru"]
] + [(f"{n}-heldout", f"{n}-dev", "heldout") for n in ["es-conll02", "nl-conll02", "ru-factru"]]

# Sets that never label MISC: trained with the partial-label CRF loss (their `O` may also be B-/I-MISC) and
# scored with MISC removed from both gold and prediction.
NO_MISC_PREFIXES = ("wikiann-", "ru-factru-")


# Annotation conventions: a multi-head model (train.py --per-convention) trains one emission layer and CRF per
# convention over the shared encoder, each set through its own convention's head; the product picks a head per
# language (config.json `heads`). Order = head index; the first is the default (news, CoNLL-style).
CONVENTIONS = {
    "conll": ("en-conll-", "de-conll03-", "es-conll02-", "nl-conll02-"),
    "germeval": ("de-germeval-",),  # derivations ("deutschen") O, OTH as MISC, nested outer spans
    "wiki": ("wikineural-", "wikiann-"),
    "factru": ("ru-factru-",),  # PER/ORG/LOC only, names without descriptors
}


BASE_HEAD = "base"  # train.py --base-head: a copy of the starting checkpoint's head that no set trains


HEAD_LANGS = ["de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru"]  # train.py --per-language: one head each


def head_names(run_args):
    """A checkpoint's heads in order, from its run's arguments (train.py's `state["args"]`): one head, or the
    conventions' (`per_convention`) or languages' (`per_language`), followed by `base` (`base_head`)."""
    if run_args.get("per_language"):
        names = list(HEAD_LANGS)
    elif run_args.get("per_convention"):
        names = list(CONVENTIONS)
    else:
        return ["single"]
    return names + ([BASE_HEAD] if run_args.get("base_head") else [])


def set_head(run_args, name):
    """The head a multi-head run trains a set through: its language's (`per_language`) or convention's."""
    return HEAD_LANGS.index(set_lang(name)) if run_args.get("per_language") else convention(name)


def convention(name):
    """Index in CONVENTIONS of a source or selection-set name's annotation convention."""
    return next(i for i, prefixes in enumerate(CONVENTIONS.values()) if name.startswith(prefixes))


def no_misc(name):
    return name.startswith(NO_MISC_PREFIXES)


def set_lang(name):
    """Language of a source or selection-set name (de-germeval-dev, wikineural-ru-heldout, es-conll02-dev)."""
    first, second = name.split("-")[:2]
    return first if len(first) == 2 else second


def read_conll(path):
    sents, cur = [], []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, tag = line.split("\t")[0], line.split("\t")[-1]
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def load_source(name):
    fname, lang, role = SOURCES[name]
    sents = read_conll(os.path.join(NER_DIR, fname + ".conll.gz"))
    if role == "split":
        cut = int(round(len(sents) * (1 - HOLDOUT_FRACTION)))
        return {"train": sents[:cut], "heldout": sents[cut:], "all": sents}
    if role == "train":
        return {"train": sents, "heldout": [], "all": sents}
    return {"train": [], "heldout": [], "all": sents}


def write_conll(path, sents, tags=None):
    with open(path, "w", encoding="utf-8") as fh:
        for i, s in enumerate(sents):
            for j, (tok, gold) in enumerate(s):
                t = gold if tags is None else tags[i][j]
                fh.write(f"{tok}\t{t}\n")
            fh.write("\n")


# ------------------------------------------------------------------ features
_DIGIT = re.compile(r"\d")


def word_key(tok):
    """Vocabulary key: NFC, lower-cased, every Unicode decimal digit -> '0'."""
    return _DIGIT.sub("0", unicodedata.normalize("NFC", tok).lower())


CASINGS = ["pad", "lower", "upper", "title", "mixed", "numeric", "has_digit", "punct", "other"]


def casing_id(tok):
    letters = [c for c in tok if c.isalpha()]
    digits = sum(c.isdecimal() for c in tok)
    if not letters:
        if digits and digits == len(tok):
            return 5
        if digits:
            return 6
        if all(unicodedata.category(c).startswith(("P", "S")) for c in tok):
            return 7
        return 8
    if digits:
        return 6
    if all(c.islower() for c in letters):
        return 1
    if all(c.isupper() for c in letters):
        return 3 if len(letters) == 1 else 2
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return 3
    return 4


MAX_WORD_CHARS = 20  # longer words: first 10 + last 10 characters (code points)


def word_chars(tok):
    cps = list(unicodedata.normalize("NFC", tok))
    if len(cps) > MAX_WORD_CHARS:
        cps = cps[:10] + cps[-10:]
    return cps


# ------------------------------------------------------------------ raw-text tokenizer (for w2v only;
# the product tokenizer is pipeline/entities/tokenize.ts, same rules)
_ELISION = {"l", "d", "s", "n", "c", "j", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
            "dell", "all", "nell", "dall", "sull", "un", "quest", "quell", "coll", "dev", "nessun"}
_L = r"[^\W\d_]"
_TOKEN_RE = re.compile(
    r"https?://\S+|www\.\S+"
    r"|(?:" + _L + r"\.){2,}"                     # U.S., e.g.
    r"|\d+(?:[.,:/-]\d+)*"                        # 2,700  3.5  1996-08-22  12:30
    r"|(?:" + _L + r"|\d)[\w\u0300-\u036f]*(?:[-'’](?:" + _L + r"|\d)[\w\u0300-\u036f]*)*"
    r"|\.\.\.|\S",
    re.UNICODE,
)
_EN_CLITIC = re.compile(r"^(.+?)(n't|'s|'re|'m|'ve|'ll|'d|’s)$", re.IGNORECASE)


def tokenize(text):
    out = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group(0)
        if "'" in tok or "’" in tok:
            parts = re.split(r"(?<=['’])", tok, maxsplit=1)
            if len(parts) == 2 and parts[0][:-1].lower() in _ELISION and parts[1]:
                out.extend(parts)
                continue
            mm = _EN_CLITIC.match(tok)
            if mm and mm.group(1):
                out.extend([mm.group(1), mm.group(2)])
                continue
        out.append(tok)
    return out


def save_json(path, obj):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False)
    os.replace(tmp, path)
