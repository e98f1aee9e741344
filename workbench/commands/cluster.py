"""The ``--cluster`` option of ``import`` and ``reanalyze``: where the extraction runs.

Why checked before any work: a mistyped address or a missing extra should
stop the command with one line before a single file is read, not after the
import, when the documents already wait for analysis. A mistyped address is a
malformed value (exit 2, like every other); a missing extra or a scheduler that
does not answer is a failure of this run (exit 1).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from workbench.commands.arguments import UsageError

if TYPE_CHECKING:  # loaded in chosen_cluster: the analysis machinery only when --cluster is used
    from workbench.operations.cluster_analysis import ClusterAddress

CLUSTER_HELP = (
    "run the extraction on a Dask cluster: tcp://HOST:PORT (a running dask scheduler whose "
    "workers have analyst-workbench installed) or local[:N] (start N workers here; default 2)"
)


def add_cluster_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--cluster ADDRESS`` to a command that analyses documents."""
    parser.add_argument("--cluster", metavar="ADDRESS", default=None, help=CLUSTER_HELP)


def chosen_cluster(args: argparse.Namespace) -> ClusterAddress | None:
    """The cluster the command line names, checked; None for the local worker processes.

    Raises ``UsageError`` (exit 2) for a malformed address or when ``--cluster``
    contradicts another option; ``ClusterUnavailable`` (exit 1) for a missing
    extra or a scheduler that does not answer.
    """
    if args.cluster is None:
        return None
    from workbench.operations.cluster_analysis import (
        ClusterUnavailable,
        check_reachable,
        parse_cluster_address,
        require_distributed,
    )

    if getattr(args, "no_analyze", False):
        raise UsageError("--cluster runs the analysis; it cannot go with --no-analyze")
    if getattr(args, "workers", None) is not None:
        raise UsageError("--workers counts local processes; with --cluster use local:N")
    try:
        address = parse_cluster_address(args.cluster)
    except ClusterUnavailable as malformed:
        raise UsageError(str(malformed)) from None
    require_distributed()
    check_reachable(address)
    return address
