"""Hypothesis profiles. `.ci/run` sets HYPOTHESIS_PROFILE=ci: CI replays the same examples
for the same code (derandomize), so a landing is judged on the change it brings, not on the
draw of a random search. A developer's run keeps exploring new examples, and its
.hypothesis database replays what it found."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
