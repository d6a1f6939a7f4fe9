"""The trained second opinion kept on disk between starts.

Training takes seconds (more on a slow machine), at every start of every replica, for a model
that only changes when its training sets or its code do. So the bot keeps the trained model in a
file named by a digest of what it is made from: the training sets, and the modules that read and
fit them. A changed corpus or feature never loads an old model: its file has another name.

The file holds arrays only (numpy's format, read without pickle: nothing in it can run), and is
written under a temporary name and renamed, so a replica that reads while another writes finds
the whole file or none. A file that cannot be read or written is not an error: the model is
trained, as it was before there was a store.
"""

from __future__ import annotations

import gc
import hashlib
import io
import logging
import os
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from bot.triage.learned.features import Vocabulary

log = logging.getLogger(__name__)

_CODE = Path(__file__).parent
SOURCES = ("features.py", "ridge.py", "opinion.py")  # the code a trained model depends on
_PREFIX = "second-opinion-"
Weights = dict[str, np.ndarray]


def digest(training_files: Iterable[Path]) -> str:
    """What a trained model is made from, in a few hex digits: its training sets' bytes, in
    order, and the code that reads and fits them."""
    hashed = hashlib.sha256()
    for path in [*training_files, *(_CODE / name for name in SOURCES)]:
        hashed.update(path.name.encode())
        hashed.update(path.read_bytes())
    return hashed.hexdigest()[:20]


def path_for(directory: Path, made_from: str) -> Path:
    """The file that keeps the model made from ``made_from``."""
    return directory / f"{_PREFIX}{made_from}.npz"


def written(vocabulary: Vocabulary, weights: Weights) -> bytes:
    """A trained model in the file's format."""
    arrays: dict[str, Any] = {  # Any: numpy's stub types **arrays as its allow_pickle flag
        "char_grams": np.array(list(vocabulary.chars), dtype=str),
        "char_columns": np.fromiter(vocabulary.chars.values(), np.int64),
        "word_grams": np.array(list(vocabulary.words), dtype=str),
        "word_columns": np.fromiter(vocabulary.words.values(), np.int64),
        "idf": vocabulary.idf,
        **{f"weights_{target}": w for target, w in weights.items()},
    }
    out = io.BytesIO()
    np.savez(out, **arrays)
    return out.getvalue()


def save(path: Path, model: bytes) -> None:
    """Write a model in the file's format (``written``), whole or not at all, and remove the
    ones made from older sets."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(model)
    temporary.replace(path)
    for older in path.parent.glob(f"{_PREFIX}*.npz"):
        if older != path:
            older.unlink(missing_ok=True)


def load(path: Path | BinaryIO) -> tuple[Vocabulary, Weights] | None:
    """A model written by ``save``, or None when there is none to read (or it is damaged)."""
    try:
        with np.load(path, allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        return None
    try:
        vocabulary = Vocabulary(
            dict(zip(arrays["char_grams"].tolist(), arrays["char_columns"].tolist(), strict=True)),
            dict(zip(arrays["word_grams"].tolist(), arrays["word_columns"].tolist(), strict=True)),
            arrays["idf"],
        )
    except (KeyError, ValueError):
        return None
    weights = {
        name.removeprefix("weights_"): w
        for name, w in arrays.items()
        if name.startswith("weights_")
    }
    if not weights or any(len(w) != vocabulary.width for w in weights.values()):
        return None
    return vocabulary, weights


def load_or_train(
    path: Path | None, train: Callable[[], tuple[Vocabulary, Weights]]
) -> tuple[Vocabulary, Weights]:
    """The model kept at ``path``; else one trained now, and kept there for the next start.

    A model trained now is read back from its written form, as a restart reads it: training
    leaves its millions of short-lived n-gram strings freed around the vocabulary's survivors,
    and Python's allocator can hand back to the system only the memory of which nothing
    survives. Read back once the trained one is dropped, the model lies in memory of its own,
    and the rest goes back (resident memory after a first start: 148 MB before, 129 MB after,
    as after a restart)."""
    found = load(path) if path is not None else None
    if found is not None:
        return found
    model = written(*train())
    if path is not None:
        try:
            save(path, model)
        except OSError as error:
            log.warning(
                "the trained second opinion could not be kept (%s): it trains at each start",
                error.strerror or error,
            )
    gc.collect()
    read = load(io.BytesIO(model))
    if read is None:  # a model just written always reads back
        raise RuntimeError("the trained second opinion did not read back")
    return read
