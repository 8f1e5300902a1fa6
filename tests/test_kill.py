"""SIGKILL in the middle of imports, clerk edits and migrations leaves a sound store with nothing committed lost.

`bench/kill_test.py` does the work (it prints the same figures by hand); `CPB_KILLS` sets how
many kills (51 here: 17 of each kind).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "kill_test.py"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill test forks its writers")
def test_sigkill_during_imports_edits_and_migrations_corrupts_and_loses_nothing():
    kills = os.environ.get("CPB_KILLS", "51")
    done = subprocess.run([sys.executable, str(SCRIPT), "--kills", kills, "--json"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["kills"] == int(kills)
    assert report["corrupt or failing"] == 0, report["problems"]
    assert report["lost"] == 0
    assert report["final integrity"] == "ok"
    assert min(report["by kind"].values()) >= int(kills) // 3
    assert report["committed"] > 0
