"""Start-up time of `sparring --help` against a bare `python -c pass`, measured in one run.

Usage: python benchmarks/startup.py [--runs N]
Prints the median wall time of each and the difference; the target is < 300 ms for --help.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time


def median_ms(command: list[str], runs: int) -> float:
    subprocess.run(command, check=True, capture_output=True)  # warm the file cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    script = shutil.which("sparring") or f"{sys.prefix}/bin/sparring"
    baseline = median_ms([sys.executable, "-c", "pass"], runs)
    help_ms = median_ms([script, "--help"], runs)
    version_ms = median_ms([script, "--version"], runs)
    print(f"python -c pass      : {baseline:7.1f} ms (median of {runs})")
    print(
        f"sparring --help     : {help_ms:7.1f} ms  "
        f"(+{help_ms - baseline:.1f} ms over bare Python, ratio {help_ms / baseline:.1f}x)"
    )
    print(f"sparring --version  : {version_ms:7.1f} ms")
    print(f"target --help < 300 ms: {'met' if help_ms < 300 else 'NOT met'}")


if __name__ == "__main__":
    main()
