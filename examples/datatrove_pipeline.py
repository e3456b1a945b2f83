"""Clean a JSONL, Parquet or WARC/WET corpus with cleaner's datatrove step, on one machine,
on Slurm, or on Ray.

The pipeline (reader -> CleanerStep -> JSONL writer) is the same list of steps for every
executor; only the executor around it changes.

    pip install 'cleaner[datatrove]'
    python examples/datatrove_pipeline.py pages.jsonl out/ --tasks 8 --workers 4
    python examples/datatrove_pipeline.py s3://bucket/pages/ s3://bucket/clean/ \\
        --executor slurm --tasks 1000 --partition cpu          # submits with sbatch
    python examples/datatrove_pipeline.py pages/ /shared/clean/ --executor ray --tasks 200
    python examples/datatrove_pipeline.py shards/ clean/ --kind parquet --text-key content
    python examples/datatrove_pipeline.py s3://bucket/CC-MAIN-2024-10/ s3://bucket/clean/ --kind warc

--dry-run builds the executor and prints its settings without running anything, which is
the only way to try the Slurm and Ray variants on a machine without a cluster.
"""

from __future__ import annotations

import argparse
import json

from datatrove.executor.base import ExecutorJSONEncoder

from cleaner.integrations.datatrove import READER_KINDS, CleanerStep, exclusion_writer, record_pipeline


def main() -> None:
    args = _parse_args()
    step = CleanerStep(
        rules_dir=args.rules,  # None: the rules shipped with cleaner
        input_mode="auto",  # the record's "text", else its "html" (or force "text" / "html")
        on_over_deletion=args.on_over_deletion,
        exclusion_writer=exclusion_writer(args.output),  # failed and excluded documents
    )
    pipeline = record_pipeline(args.input, args.output, step, kind=args.kind, text_key=args.text_key)
    logging_dir = f"{args.output.rstrip('/')}/datatrove-logs"
    executor = _EXECUTORS[args.executor](pipeline, args, logging_dir)
    if args.dry_run:
        print(json.dumps(executor, cls=ExecutorJSONEncoder, indent=2))
        return
    executor.run()


def _local(pipeline, args, logging_dir):
    from datatrove.executor import LocalPipelineExecutor

    return LocalPipelineExecutor(pipeline, tasks=args.tasks, workers=args.workers, logging_dir=logging_dir)


def _slurm(pipeline, args, logging_dir):
    from datatrove.executor import SlurmPipelineExecutor

    return SlurmPipelineExecutor(
        pipeline,
        tasks=args.tasks,
        workers=args.workers,
        time="04:00:00",
        partition=args.partition,
        job_name="cleaner",
        cpus_per_task=1,
        mem_per_cpu_gb=2,
        logging_dir=logging_dir,
        # Each node needs cleaner installed: activate the environment that has it.
        env_command=args.env_command,
    )


def _ray(pipeline, args, logging_dir):
    from datatrove.executor import RayPipelineExecutor

    if not args.dry_run:
        import ray  # pip install ray; joins the running cluster, or starts a local one

        ray.init()
    # logging_dir must be on storage every Ray node sees (shared disk or s3://).
    return RayPipelineExecutor(
        pipeline, tasks=args.tasks, workers=args.workers, cpus_per_task=1, logging_dir=logging_dir
    )


_EXECUTORS = {"local": _local, "slurm": _slurm, "ray": _ray}


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="a file or a folder of files of --kind (id, url, text or html)")
    parser.add_argument("--kind", choices=READER_KINDS, default="jsonl", help="what the input holds")
    parser.add_argument("--text-key", default="text", help="JSONL field or Parquet column of the text")
    parser.add_argument("output", help="output folder: <rank>.jsonl, excluded/, datatrove-logs/")
    parser.add_argument("--executor", choices=sorted(_EXECUTORS), default="local")
    parser.add_argument("--tasks", type=int, default=4, help="shards of the input")
    parser.add_argument("--workers", type=int, default=-1, help="tasks run at once (-1: all)")
    parser.add_argument("--rules", help="a rules directory added to the shipped rules")
    parser.add_argument("--on-over-deletion", choices=("keep", "drop", "exclude"), default="keep")
    parser.add_argument("--partition", default="cpu", help="Slurm partition")
    parser.add_argument("--env-command", help="Slurm: shell command that activates the Python env")
    parser.add_argument("--dry-run", action="store_true", help="build the executor, print it, run nothing")
    return parser.parse_args()


if __name__ == "__main__":
    main()
