"""What a cluster worker runs besides the jobs themselves: loading the model first.

Why a module of its own, free of Dask: a function a ``dask.distributed``
worker runs is sent by reference (module and name), so it must live in the
installed package and import nothing the worker lacks. The jobs a worker runs
are the local pool's own (``workers.run_job`` with a ``BatchJob``: one
``nlp.pipe`` per batch, a failing batch retried one document at a time), so a
document gets the same entities, quotes and speakers wherever it was
analysed. Library-wide choices (labels the library agrees on) are made by the
local writer afterwards, on both paths.
"""

from __future__ import annotations


def warm_up() -> str:
    """Load the model in this worker now (before the first batch); return its description.

    Also the check that a worker can analyse at all: a worker without the
    package or the model fails here with the reason, before any batch is sent.
    """
    from workbench.nlp.pipeline import model_description

    return model_description()
