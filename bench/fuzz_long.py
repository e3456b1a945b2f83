"""The fuzz tests (tests/test_fuzz.py) at a nightly length: every max_examples times SCALE.

    python bench/fuzz_long.py            # SCALE 50: about 100,000 examples, some 25 minutes
    python bench/fuzz_long.py 200        # longer still

CI runs the same tests at SCALE 1 (about 2,200 examples, half a minute). Hypothesis keeps
any failing example in .hypothesis/ and replays it first on the next run, in CI too.
"""

import os
import subprocess
import sys
from pathlib import Path

scale = sys.argv[1] if len(sys.argv) > 1 else "50"
root = Path(__file__).resolve().parent.parent
env = {**os.environ, "CLEANER_FUZZ_SCALE": scale}
command = [sys.executable, "-m", "pytest", "-q", "-p", "no:warnings", "--durations=0",
           str(root / "tests" / "test_fuzz.py")]
sys.exit(subprocess.run(command, env=env, cwd=root).returncode)
